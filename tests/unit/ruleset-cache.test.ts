/**
 * The CLI's kept ruleset (scripts/lib/ruleset-cache.ts): the same ruleset loadRuleset builds, reused
 * while its sources are unchanged, built again (and checked again) when content changes, and with each
 * policy's state worked out for the day of the run, not the day it was kept.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRuleset } from '../../scripts/lib/load-ruleset';
import { loadRulesetKept } from '../../scripts/lib/ruleset-cache';

const work = mkdtempSync(join(tmpdir(), 'ruleset-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of content/ and an empty cache folder of its own. */
function scratch(name: string) {
  const content = join(work, name, 'content');
  cpSync('content', content, { recursive: true });
  return { content, cache: join(work, name, 'cache') };
}
const kept = (cache: string) => readdirSync(cache).filter((f) => f.endsWith('.json'));
const day = (iso: string) => new Date(`${iso}T12:00:00+08:00`);
const TODAY = day('2026-11-30');
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('the kept ruleset', () => {
  it('is the ruleset loadRuleset builds, kept on the first run and read back on the next', async () => {
    const { content, cache } = scratch('reuse');
    const built = plain(loadRuleset(content, TODAY));
    expect(await loadRulesetKept(content, TODAY, cache)).toEqual(built);
    expect(kept(cache)).toHaveLength(1);
    // Marked in the kept file: the next run reads it rather than the content.
    const file = join(cache, kept(cache)[0] as string);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"topicsStep":{"title":"', '"topicsStep":{"title":"KEPT '));
    const again = await loadRulesetKept(content, TODAY, cache);
    expect(again.topicsStep.title).toMatch(/^KEPT /);
    expect(kept(cache)).toHaveLength(1);
  });

  it('is built again when a content file changes, so a changed sum is never read from an old copy', async () => {
    const { content, cache } = scratch('change');
    const before = await loadRulesetKept(content, TODAY, cache);
    const hte = (r: typeof before) => r.policies[0]?.items.find((i) => i.id === 'hte')?.amount;
    expect(hte(before)).toEqual({ kind: 'fixed', amount: 40000 });
    const rule = join(content, 'rules/hte.yaml');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('amount: 40000', 'amount: 45000'));
    expect(hte(await loadRulesetKept(content, TODAY, cache))).toEqual({ kind: 'fixed', amount: 45000 });
    expect(kept(cache)).toHaveLength(2);
  });

  it('still refuses bad content, naming the file, rather than read an older good copy', async () => {
    const { content, cache } = scratch('bad');
    await loadRulesetKept(content, TODAY, cache);
    const rule = join(content, 'rules/hte.yaml');
    writeFileSync(rule, readFileSync(rule, 'utf8').replace('amount: 40000', 'amount: lots'));
    await expect(loadRulesetKept(content, TODAY, cache)).rejects.toThrow(/hte\.yaml/);
  });

  it('says whether each policy is in force on the day of the run, not the day the ruleset was kept', async () => {
    const { content, cache } = scratch('state');
    expect((await loadRulesetKept(content, day('2019-06-01'), cache)).policies.map((p) => p.state)).toEqual(['in-force']);
    expect((await loadRulesetKept(content, day('2017-06-01'), cache)).policies.map((p) => p.state)).toEqual(['not-yet']);
    expect((await loadRulesetKept(content, TODAY, cache)).policies.map((p) => p.state)).toEqual(['expired']);
    // The last day of the term (2020-12-31 in Beijing) is still in force.
    expect((await loadRulesetKept(content, day('2020-12-31'), cache)).policies.map((p) => p.state)).toEqual(['in-force']);
    expect(kept(cache)).toHaveLength(1);
  });

  it('builds again from a kept file cut short', async () => {
    const { content, cache } = scratch('short');
    const first = await loadRulesetKept(content, TODAY, cache);
    const file = join(cache, kept(cache)[0] as string);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 100));
    expect(await loadRulesetKept(content, TODAY, cache)).toEqual(first);
  });
});
