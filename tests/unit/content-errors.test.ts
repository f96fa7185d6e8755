import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yamlFiles } from '../../src/loaders/yaml-files';
import { formatIssues } from '../../src/lib/content/validation';
import { isCalendarDate } from '../../src/lib/common/dates';
import { DepartmentSchema } from '../../src/schemas/department';
import { PolicySchema } from '../../src/schemas/policy';
import { POLICY_ID, readContent } from '../helpers/content';

const goodPolicy = readContent(`policies/${POLICY_ID}/policy.yaml`);

/** Runs the YAML loader over files in a temporary folder, as the build would, and returns its error. */
async function loadError(files: Record<string, string>): Promise<string> {
  const base = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(base, path, '..'), { recursive: true });
    writeFileSync(join(base, path), text);
  }
  const loader = yamlFiles({
    base,
    include: (p) => p.endsWith('policy.yaml'),
    entries: 'file',
    idFromPath: (p) => p.split('/')[0] as string,
    schema: PolicySchema,
  });
  const stored: unknown[] = [];
  const context = {
    store: { clear: () => undefined, set: (entry: unknown) => stored.push(entry) },
    parseData: async ({ data }: { data: unknown }) => PolicySchema.parse(data),
    generateDigest: () => 'digest',
  };
  try {
    await loader.load(context as never);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected the load to fail; it stored ${stored.length} entries`);
}

describe('isCalendarDate', () => {
  it.each(['2018-05-07', '2020-02-29', '2020-12-31'])('accepts %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2018-02-30', '2019-02-29', '2018-13-01', '2018-5-7', '2018-05-07T00:00'])('rejects %s', (d) =>
    expect(isCalendarDate(d)).toBe(false),
  );
});

describe('a bad policy entry stops the load, naming file, field and value', () => {
  it('loads the real entry without complaint', async () => {
    const base = mkdtempSync(join(tmpdir(), 'content-'));
    mkdirSync(join(base, 'p1'));
    writeFileSync(join(base, 'p1/policy.yaml'), goodPolicy);
    const stored: unknown[] = [];
    await yamlFiles({ base, include: () => true, entries: 'file', schema: PolicySchema }).load({
      store: { clear: () => undefined, set: (e: unknown) => stored.push(e) },
      parseData: async ({ data }: { data: unknown }) => PolicySchema.parse(data),
      generateDigest: () => 'd',
    } as never);
    expect(stored).toHaveLength(1);
  });

  it('a missing 发文字号', async () => {
    const message = await loadError({ 'p1/policy.yaml': goodPolicy.replace(/^docNumber:.*$/m, '') });
    expect(message).toMatch(/p1\/policy\.yaml: field docNumber: .* \(value: \(missing\)\)/);
  });

  it('a malformed 发文字号', async () => {
    const message = await loadError({ 'p1/policy.yaml': goodPolicy.replace(/^docNumber:.*$/m, 'docNumber: 五发2018第5号') });
    expect(message).toContain('field docNumber');
    expect(message).toContain('"五发2018第5号"');
  });

  it('an impossible date', async () => {
    const message = await loadError({ 'p1/policy.yaml': goodPolicy.replace(/^dateWritten:.*$/m, 'dateWritten: 2018-02-30') });
    expect(message).toMatch(/p1\/policy\.yaml: field dateWritten: .*不是有效日期.* \(value: "2018-02-30"\)/);
  });

  it('a term that ends before it starts', async () => {
    const message = await loadError({ 'p1/policy.yaml': goodPolicy.replace('end: 2020-12-31', 'end: 2017-12-31') });
    expect(message).toMatch(/field term\.end: 有效期结束日期早于开始日期 \(value: "2017-12-31"\)/);
  });

  it('a YAML syntax error, with its line', async () => {
    const message = await loadError({ 'p1/policy.yaml': `${goodPolicy}\nbroken: [unclosed\n` });
    expect(message).toMatch(/p1\/policy\.yaml: YAML syntax error at line \d+/);
  });

  it('the same id twice in a list file', async () => {
    const base = mkdtempSync(join(tmpdir(), 'content-'));
    writeFileSync(
      join(base, 'list.yaml'),
      '- {id: a, name: 甲局, kind: bureau, about: 负责某事}\n- {id: a, name: 乙局, kind: bureau, about: 负责某事}\n',
    );
    const loader = yamlFiles({ base, include: () => true, entries: 'list', schema: DepartmentSchema });
    const error = await loader
      .load({
        store: { clear: () => undefined, set: () => undefined },
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: () => 'd',
      } as never)
      .catch((e: Error) => e);
    expect(String(error)).toMatch(
      /list\.yaml \(entry 2, id a\): field id: duplicate id, already used in .*list\.yaml \(entry 1, id a\) \(value: "a"\)/,
    );
  });
});

describe('formatIssues', () => {
  it('shows nested fields with the value found there', () => {
    const data = { term: { start: '2018-01-01', end: 'soon' } };
    expect(formatIssues('x.yaml', [{ path: ['term', 'end'], message: 'bad' }], data)).toBe('x.yaml: field term.end: bad (value: "soon")');
  });
});
