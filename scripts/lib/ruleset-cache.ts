/**
 * The eligibility ruleset for the CLI, kept built between runs (node_modules/.cache/eligibility-ruleset/):
 * reading content/ with the YAML parser and the zod schemas is almost half a second of a roster run. The
 * kept ruleset is used only while nothing it was built from has changed: its file is named by a hash of
 * every content file loadRuleset reads (with the folders' listings), of the loader's source and every
 * module it imports, of package-lock.json (the parser's and zod's versions) and of Node's version. Any
 * change builds it again, checked as always (a content error is reported as before). Whether a policy is
 * in force is worked out afresh on every run, from the terms kept with it.
 *
 * Only a built ruleset is kept, as JSON: the engine's data is plain and JSON-safe (the batch page gets
 * the same ruleset as JSON).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT } from '../../src/data/content-root.ts';
import type { Ruleset } from '../../src/lib/eligibility/types.ts';
import { policyStatus } from '../../src/lib/policy/status.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const RULESET_CACHE_DIR = join(ROOT, 'node_modules/.cache/eligibility-ruleset');
/** Kept rulesets (one per content folder and version of the code): the newest few. */
const KEEP = 8;

interface Kept {
  ruleset: Ruleset;
  /** Each policy's term, as instants (ms), by policy id. */
  terms: Record<string, { start: number; end: number }>;
}

/** Every file under `dir` (none when it does not exist), sorted, as absolute paths. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** The relative imports of a source file and, in turn, theirs: the loader's own code (packages count through package-lock.json). */
function sourceFiles(entry: string): string[] | undefined {
  const found = new Set<string>();
  const pending = [entry];
  while (pending.length) {
    const file = pending.pop() as string;
    if (found.has(file)) continue;
    // An import that names no file as it stands (no extension): the code cannot be told from its files; build instead.
    if (!existsSync(file) || !statSync(file).isFile()) return undefined;
    found.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g))
      pending.push(resolve(dirname(file), spec as string));
  }
  return [...found].sort();
}

/** The name the ruleset is kept under, or undefined when its sources cannot all be named. */
function keyOf(contentDir: string): string | undefined {
  const code = sourceFiles(join(ROOT, 'scripts/lib/load-ruleset.ts'));
  if (!code) return undefined;
  const content = resolve(contentDir);
  const files = [
    ...code,
    fileURLToPath(import.meta.url),
    join(ROOT, 'package-lock.json'),
    join(content, 'departments.yaml'),
    join(content, 'checker.yaml'),
    ...filesUnder(join(content, 'rules')),
    ...filesUnder(join(content, 'policies')),
  ];
  const hash = createHash('sha256').update(`${process.version}\0${content}\0`);
  for (const file of files) {
    hash.update(`${relative(ROOT, file)}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : '(none)');
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Keeps a built ruleset; a failure to write only costs the next run its speed. */
function keep(cacheDir: string, file: string, text: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, text);
    renameSync(`${file}.${process.pid}.tmp`, file);
    const old = readdirSync(cacheDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ path: join(cacheDir, name), time: statSync(join(cacheDir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time)
      .slice(KEEP);
    for (const { path } of old) rmSync(path, { force: true });
  } catch {
    rmSync(`${file}.${process.pid}.tmp`, { force: true });
  }
}

/** The ruleset loadRuleset builds, from the kept one when its sources are unchanged. */
export async function loadRulesetKept(contentDir = CONTENT_ROOT, today = new Date(), cacheDir = RULESET_CACHE_DIR): Promise<Ruleset> {
  const key = keyOf(contentDir);
  const file = key && join(cacheDir, `${key}.json`);
  let kept: Kept | undefined;
  if (file && existsSync(file)) {
    try {
      kept = JSON.parse(readFileSync(file, 'utf8')) as Kept;
    } catch {
      // A kept file cut short (a full disk): built again below.
    }
  }
  if (!kept) {
    // Loaded only now: the YAML parser and the schemas are what keeping the ruleset saves.
    const [{ readRulesetSources }, { buildRuleset }] = await Promise.all([
      import('./load-ruleset.ts'),
      import('../../src/lib/eligibility/ruleset.ts'),
    ]);
    const sources = readRulesetSources(contentDir, today);
    const text = JSON.stringify({
      ruleset: buildRuleset(sources),
      terms: Object.fromEntries(
        sources.policies.map(({ policy }) => [policy.id, { start: policy.term.start.getTime(), end: policy.term.end.getTime() }]),
      ),
    });
    if (file) keep(cacheDir, file, text);
    // The same JSON as a later run reads: the first run and the next give the same results by construction.
    return (JSON.parse(text) as Kept).ruleset;
  }
  for (const policy of kept.ruleset.policies) {
    const term = kept.terms[policy.id] as { start: number; end: number };
    policy.state = policyStatus({ start: new Date(term.start), end: new Date(term.end) }, today);
  }
  return kept.ruleset;
}
