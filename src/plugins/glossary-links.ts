import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastNode, type HastPluginEntry } from 'satteri';
import { parse } from 'yaml';
import { buildTermMatcher, linkFirstMentions, type TermSource } from '../lib/glossary-links';

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
  const terms = parse(readFileSync(options.glossaryFile, 'utf8'), { schema: 'core' }) as TermSource[];
  const matcher = buildTermMatcher(terms);
  return (context) => {
    if (!context.fileURL || !options.appliesTo(fileURLToPath(context.fileURL))) return null;
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
