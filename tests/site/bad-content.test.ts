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
    expect(output).toMatch(
      /explainers\/goals\.mdx: line \d+ of the body: field <Clause id>: no clause with this anchor on the 原文 page \(value: "s2-9"\)/,
    );
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

  it('a base in an unknown 街道', () => {
    const { status, output } = buildWith('bad-subdistrict', (content) =>
      edit(join(content, 'bases/bases.yaml'), (t) => t.replace('subdistrict: 西翥', 'subdistrict: 翠湖')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/bases\.yaml \(entry \d+, id sample-xizhu-[a-z-]+\): field subdistrict: 街道不在可选范围内.* \(value: "翠湖"\)/);
  });
});

describe('the build stops on bad events and IP content', { timeout: 180_000 }, () => {
  const eventFile = (content: string) => join(content, 'events/2027-ai-lecture.md');

  it('an event that ends before it starts', () => {
    const { status, output } = buildWith('event-end', (content) =>
      edit(eventFile(content), (t) => t.replace('end: "2027-07-10T16:30"', 'end: "2027-07-10T13:30"')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /events → 2027-ai-lecture data does not match collection schema\.\s+end: 结束时间（2027-07-10T13:30）早于开始时间（2027-07-10T15:00）/,
    );
    expect(output).toMatch(/Location:\s+\S*content\/events\/2027-ai-lecture\.md/);
  });

  it('an event of an unknown kind', () => {
    const { status, output } = buildWith('event-kind', (content) =>
      edit(eventFile(content), (t) => t.replace('kind: 讲座', 'kind: 联欢会')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/events → 2027-ai-lecture data does not match collection schema\.\s+kind: 活动类型不在可选范围内（可选：.*）/);
    expect(output).toMatch(/Location:\s+\S*content\/events\/2027-ai-lecture\.md/);
  });

  it('an event at a base that is not in the list', () => {
    const { status, output } = buildWith('event-venue', (content) =>
      edit(eventFile(content), (t) => t.replace('base: sample-hongyun-science-museum', 'base: sample-hongyun-planetarium')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /events\/2027-ai-lecture\.md: field venue\.base: no such base in content\/bases \(value: "sample-hongyun-planetarium"\)/,
    );
  });

  it('an event that does not say who may attend', () => {
    const { status, output } = buildWith('event-admission', (content) =>
      edit(eventFile(content), (t) => t.replace(/^admission: .*\n/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /events → 2027-ai-lecture data does not match collection schema\.\s+admission: 缺少“谁可以参加”：请写 admission: 公众（对公众开放）、本校学生（仅限举办学校本校的学生）或 受邀（仅限受邀人员）/,
    );
    expect(output).toMatch(/Location:\s+\S*content\/events\/2027-ai-lecture\.md/);
  });

  it('an event whose registration link runs script', () => {
    const { status, output } = buildWith('event-url', (content) =>
      edit(join(content, 'events/2027-ip-day-patent-lecture.md'), (t) => t.replace(/^  url: .*$/m, '  url: "javascript:alert(1)"')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /events → 2027-ip-day-patent-lecture data does not match collection schema\.\s+registration\.url: 网址不能用 javascript:，只能用 https:、http:、tel:、mailto: 开头（值："javascript:alert\(1\)"）/,
    );
    expect(output).toMatch(/Location:\s+\S*content\/events\/2027-ip-day-patent-lecture\.md/);
  });

  it('a quiz question whose answer is not one of its options', () => {
    const { status, output } = buildWith('quiz-answer', (content) =>
      edit(join(content, 'ip/quiz.yaml'), (t) =>
        t.replace(/^(- id: invention-patent-term\n(?:  .*\n)*?  answer: ).*$/m, '$1'.concat('25年')),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /quiz\.yaml \(entry \d+, id invention-patent-term\): field answer: 答案不是选项之一（选项：.*） \(value: "25年"\)/,
    );
  });
});
