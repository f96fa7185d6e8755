import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWithContent } from '../../scripts/lib/scratch-build';

// Real builds over a broken copy of content/: the build must stop and say which file, field and value.
const WORK = '.cache/bad-content';

const buildWith = (name: string, breakContent: (dir: string) => void) => buildWithContent(join(WORK, name), breakContent);

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('the build stops on bad policy content', { timeout: 180_000 }, () => {
  it('an explainer citing a clause that does not exist', () => {
    const { status, output } = buildWith('bad-citation', (content) =>
      edit(join(content, 'policies/wuhua-2018-5/explainers/goals.mdx'), (t) => t.replace('<Clause id="s2-5" />', '<Clause id="s2-9" />')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/explainers\/goals\.mdx: line \d+ of the body: field <Clause id>: no clause with this anchor on the 原文 page \(value: "s2-9"\)/);
  });

  it('a policy with an impossible date', () => {
    const { status, output } = buildWith('bad-date', (content) =>
      edit(join(content, 'policies/wuhua-2018-5/policy.yaml'), (t) => t.replace(/^dateWritten:.*$/m, 'dateWritten: 2018-02-30')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/policy\.yaml: field dateWritten: .*不是有效日期.* \(value: "2018-02-30"\)/);
  });

  it('a policy whose term ends before it starts', () => {
    const { status, output } = buildWith('bad-term', (content) =>
      edit(join(content, 'policies/wuhua-2018-5/policy.yaml'), (t) => t.replace('end: 2020-12-31', 'end: 2016-01-01')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/policy\.yaml: field term\.end: 有效期结束日期早于开始日期 \(value: "2016-01-01"\)/);
  });

  it('a policy without 发文字号', () => {
    const { status, output } = buildWith('no-doc-number', (content) =>
      edit(join(content, 'policies/wuhua-2018-5/policy.yaml'), (t) => t.replace(/^docNumber:.*$/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/policy\.yaml: field docNumber: .* \(value: \(missing\)\)/);
  });

  it('an edited official text', () => {
    const { status, output } = buildWith('edited-original', (content) =>
      edit(join(content, 'policies/wuhua-2018-5/original.txt'), (t) => t.replace('分别给予8万元', '分别给予9万元')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/policy\.yaml: field originalSha256: original\.txt has changed/);
  });

  it('a place in an unknown 街道', () => {
    const { status, output } = buildWith('bad-subdistrict', (content) =>
      edit(join(content, 'bases/bases.yaml'), (t) => t.replace('subdistrict: 西翥', 'subdistrict: 翠湖')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/bases\.yaml \(entry \d+, id sample-xizhu-[a-z-]+\): field subdistrict: 街道不在可选范围内.* \(value: "翠湖"\)/);
  });
});
