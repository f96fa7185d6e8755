import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastNode, type HastPluginEntry } from 'satteri';
import { isRunnableDevEnvironment, type Plugin } from 'vite';
import { parse } from 'yaml';
import { buildTermMatcher, linkFirstMentions, type TermSource } from '../lib/policy/glossary-links';

/** Text inside these elements is never turned into a glossary link. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'abbr', 'dfn']);

interface Options {
  glossaryFile: string;
  /** The link for a term id. */
  href: (id: string) => string;
  /** Which documents get links, by file path. */
  appliesTo: (path: string) => boolean;
}

/**
 * A Sätteri hast plugin that links the first mention of each glossary term in a document to its entry
 * on the glossary page. Terms come from the glossary YAML file.
 */
export function glossaryLinks(options: Options): HastPluginEntry {
  const currentMatcher = latestTermMatcher(options.glossaryFile);
  return (context) => {
    if (!context.fileURL || !options.appliesTo(fileURLToPath(context.fileURL))) return null;
    const matcher = currentMatcher();
    const linked = new Set<string>(); // per document: each term links once
    return defineHastPlugin({
      name: 'glossary-links',
      text(node, ctx) {
        let parent = ctx.parent(node) as Readonly<HastNode> | undefined;
        while (parent && parent.type !== 'root') {
          if (parent.type === 'element' && SKIP.has(parent.tagName)) return;
          parent = ctx.parent(parent);
        }
        const pieces = linkFirstMentions(node.value, matcher, linked);
        if (pieces.length === 1 && typeof pieces[0] === 'string') return;
        ctx.replaceNode(
          node,
          pieces.map((piece) =>
            typeof piece === 'string'
              ? { type: 'text' as const, value: piece }
              : {
                  type: 'element' as const,
                  tagName: 'a',
                  properties: { href: options.href(piece.id), className: ['glossary-link'] },
                  children: [{ type: 'text' as const, value: piece.text }],
                },
          ),
        );
      },
    });
  };
}

/**
 * The term matcher for the glossary file as it is now: read once, and again only when the file has
 * changed since (in `npm run dev`; a build reads it once). A dev edit that does not parse keeps the
 * last good terms: the content loader reports the error.
 */
function latestTermMatcher(glossaryFile: string): () => ReturnType<typeof buildTermMatcher> {
  const read = () => buildTermMatcher(parse(readFileSync(glossaryFile, 'utf8'), { schema: 'core' }) as TermSource[]);
  let version = statSync(glossaryFile).mtimeMs;
  let matcher = read();
  return () => {
    const now = statSync(glossaryFile, { throwIfNoEntry: false })?.mtimeMs ?? version;
    if (now !== version) {
      version = now;
      try {
        matcher = read();
      } catch {
        // keep the last good terms
      }
    }
    return matcher;
  };
}

/**
 * A Vite plugin for `npm run dev`: when the glossary file changes, the documents the links plugin
 * applies to (explainers) are compiled again, so their term links follow the glossary without a restart.
 */
export function glossaryLinksLiveReload(options: Pick<Options, 'glossaryFile' | 'appliesTo'>): Plugin {
  return {
    name: 'glossary-links-live-reload',
    apply: 'serve',
    configureServer(server) {
      const glossaryFile = resolve(options.glossaryFile);
      server.watcher.add(glossaryFile);
      server.watcher.on('change', (path) => {
        if (resolve(path) !== glossaryFile) return;
        for (const environment of Object.values(server.environments)) {
          for (const module of environment.moduleGraph.idToModuleMap.values()) {
            if (module.file && options.appliesTo(module.file))
              environment.moduleGraph.invalidateModule(module, undefined, Date.now(), true);
          }
          if (isRunnableDevEnvironment(environment)) {
            for (const module of environment.runner.evaluatedModules.idToModuleMap.values()) {
              if (module.file && options.appliesTo(module.file)) environment.runner.evaluatedModules.invalidateModule(module);
            }
          }
        }
        server.environments['client']?.hot.send({ type: 'full-reload', path: '*' });
      });
    },
  };
}
