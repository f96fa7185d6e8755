import { describe, expect, it } from 'vitest';
import { allClauses, chineseNumeral, clauseText, parsePolicyDocument, splitUnits } from '../../src/lib/policy/document';
import { originalDocument, originalText } from '../helpers/content';

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['六', 6],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
  ])('reads %s as %i', (text, value) => {
    expect(chineseNumeral(text)).toBe(value);
  });
});

describe('parsePolicyDocument on a small document', () => {
  const doc = parsePolicyDocument(
    [
      '某发〔2020〕1号',
      '',
      '一、总则',
      '总的说明。',
      '二、措施',
      '（一）第一条',
      '正文甲。',
      '1.第一项内容。',
      '续行。',
      '（二）第二条',
      '正文乙。',
      '牵头单位：甲局',
      '责任单位：乙局、丙局',
      '正文丙。',
      '牵头单位：丁局',
    ].join('\n'),
  );

  it('keeps the front matter with its roles', () => {
    expect(doc.front).toEqual([{ id: 'front-1', text: '某发〔2020〕1号', role: 'doc-number' }]);
  });

  it('gives parts, sections and items readable anchors and labels', () => {
    expect(allClauses(doc).map((c) => [c.id, c.label])).toEqual([
      ['s1', '一'],
      ['s2', '二'],
      ['s2-1', '二（一）'],
      ['s2-1-1', '二（一）1'],
      ['s2-2', '二（二）'],
      ['s2-2-1', '二（二）第1项'],
      ['s2-2-2', '二（二）第2项'],
    ]);
  });

  it('keeps continuation lines with their item', () => {
    const item = allClauses(doc).find((c) => c.id === 's2-1-1');
    expect(item?.blocks.map((b) => b.text)).toEqual(['第一项内容。', '续行。']);
  });

  it('closes a task group at its 责任单位 line, or at a 牵头单位 line with none after it', () => {
    const groups = allClauses(doc).filter((c) => c.kind === 'group');
    expect(groups.map((g) => g.blocks.map((b) => b.role))).toEqual([
      ['text', 'lead', 'support'],
      ['text', 'lead'],
    ]);
  });
});

describe('the 2018 plan as parsed from content/', () => {
  const doc = originalDocument();
  const clauses = allClauses(doc);

  it('loses and invents nothing: every non-blank line comes out once, in order', () => {
    const source = originalText()
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const out: string[] = doc.front.map((b) => b.text);
    const visit = (c: (typeof clauses)[number]) => {
      if (c.kind === 'part' || c.kind === 'section') out.push(`${c.number}${c.heading}`);
      c.blocks.forEach((b, i) => out.push(c.kind === 'item' && i === 0 ? `${c.number}${b.text}` : b.text));
      c.children.forEach(visit);
    };
    doc.parts.forEach(visit);
    expect(out).toEqual(source);
  });

  it('has the five parts with their headings', () => {
    expect(doc.parts.map((p) => `${p.number}${p.heading}`)).toEqual([
      '一、总体思路',
      '二、工作目标',
      '三、重点任务',
      '四、扶持政策',
      '五、保障措施',
    ]);
  });

  it('has the anchors other pages cite', () => {
    const ids = new Set(clauses.map((c) => c.id));
    for (const id of ['s4-1', 's4-3', 's4-5-3', 's4-6', 's2-6', 's3-1-4', 's5-2-2']) expect(ids).toContain(id);
    expect(clauses.find((c) => c.id === 's4-5-3')?.label).toBe('四（五）3');
  });

  it('finds nine task groups in 三、重点任务, each with one 牵头单位 and one 责任单位 line', () => {
    const groups = clauses.filter((c) => c.kind === 'group');
    expect(groups.map((g) => g.id)).toEqual(['s3-1-1', 's3-1-2', 's3-1-3', 's3-1-4', 's3-2-1', 's3-3-1', 's3-4-1', 's3-5-1', 's3-6-1']);
    for (const g of groups) expect(g.blocks.filter((b) => b.role !== 'text').map((b) => b.role)).toEqual(['lead', 'support']);
  });

  it('gives the text of a clause with its sub-items', () => {
    const text = clauseText(clauses.find((c) => c.id === 's4-5') as (typeof clauses)[number]);
    expect(text).toContain('此项不重复补助');
    expect(text).toContain('每个团队10万元、5万元的扶持');
  });
});

describe('splitUnits', () => {
  it('splits on both separators the document uses', () => {
    expect(splitUnits('责任单位：五华科技产业园管委会，区发展和改革局、区投资促进局，各街道办事处')).toEqual([
      '五华科技产业园管委会',
      '区发展和改革局',
      '区投资促进局',
      '各街道办事处',
    ]);
  });
});
