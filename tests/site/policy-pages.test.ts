import { describe, expect, it } from 'vitest';
import { page } from '../helpers/built-site';
import type { DistPage } from '../../scripts/lib/dist-site';
import { allClauses, clauseText } from '../../src/lib/policy-document';
import { extractCitations } from '../../src/lib/clause-citations';
import { POLICY_ID, originalDocument, readContent, readYaml } from '../helpers/content';
import { extractQuantities, key } from '../helpers/figures';

const doc = originalDocument();
const clauses = allClauses(doc);
const base = `/policy/${POLICY_ID}`;
const EXPLAINERS = ['overview', 'goals', 'tasks', 'support', 'safeguards'];


/** Visible text of the main content, leaving out figures the page marks as derived. */
function mainText(p: DistPage): string {
  const main = p.$('main').clone();
  main.find('[data-derived], script').remove();
  return main.text();
}

describe('the 原文 page', () => {
  const original = page(`${base}/original/`);

  it('has a stable anchor for every part, section, item and task group', () => {
    for (const clause of clauses) expect(original.$(`[id="${clause.id}"]`).length, clause.id).toBe(1);
  });

  it('reproduces every line of the official text', () => {
    const text = original.$('.original-text').text().replace(/\s+/g, '');
    for (const line of readContent(`policies/${POLICY_ID}/original.txt`).split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean)) {
      expect(text).toContain(line);
    }
  });

  it('is labelled 原文, says the term is over and carries the gov.cn metadata block', () => {
    expect(original.$('.label-original').text()).toBe('原文');
    expect(original.$('[role="note"]').text()).toContain('已经到期');
    const labels = original.$('.policy-meta dt').toArray().map((el) => original.$(el).text().replace(/\s|　/g, ''));
    expect(labels).toEqual(['主题分类', '发文机关', '成文日期', '标题', '发文字号', '发布日期', '有效性']);
    expect(original.$('.policy-meta').text()).toContain('已到期');
  });

  it('declares itself as schema.org Legislation', () => {
    const data = JSON.parse(original.$('script[type="application/ld+json"]').first().text());
    expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Legislation', legislationIdentifier: '五发〔2018〕5号', legislationDate: '2018-05-07', legislationLegalForce: 'NotInForce' });
  });
});

describe('原文 ↔ 解读, both ways', () => {
  const original = page(`${base}/original/`);

  it.each(EXPLAINERS)('every clause the %s explainer cites links back to that section of it', (slug) => {
    const body = readContent(`policies/${POLICY_ID}/explainers/${slug}.mdx`);
    const explainer = page(`${base}/${slug}/`);
    const citations = extractCitations(body);
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) {
      // Forward: the explainer links to the clause.
      expect(explainer.$(`a[href="${base}/original/#${citation.clause}"]`).length, `${slug} → ${citation.clause}`).toBeGreaterThan(0);
      // Back: the clause on the 原文 page links to the section that cites it, and that section exists.
      const back = `${base}/${slug}/${citation.headingId ? `#${citation.headingId}` : ''}`;
      expect(original.$(`[id="${citation.clause}"] > .clause-backlinks a[href="${back}"]`).length, `${citation.clause} ← ${back}`).toBe(1);
      if (citation.headingId) expect(explainer.$(`[id="${citation.headingId}"]`).length).toBe(1);
    }
  });

  it('every part of the plan is covered by some explainer', () => {
    for (const part of doc.parts) expect(original.$(`[id="${part.id}"] > .clause-backlinks a`).length, part.id).toBeGreaterThan(0);
  });
});

describe('figures on the explainers match the original', () => {
  const partQuantities = (id: string) => new Set(extractQuantities(clauseText(clauses.find((c) => c.id === id) as never)).map(key));

  it.each([
    ['s2', 'goals'],
    ['s4', 'support'],
  ])('every figure of %s appears on the %s explainer with the same value and unit', (part, slug) => {
    const shown = new Set(extractQuantities(mainText(page(`${base}/${slug}/`))).map(key));
    for (const figure of partQuantities(part)) expect(shown, figure).toContain(figure);
  });

  it.each([
    ['s2', 'goals'],
    ['s4', 'support'],
  ])('no figure on the %s-based %s explainer contradicts the original', (part, slug) => {
    const allowed = partQuantities(part);
    for (const figure of extractQuantities(mainText(page(`${base}/${slug}/`))).map(key)) expect(allowed, figure).toContain(figure);
  });

  it('shows each implied 2015 baseline as derived, at half the 2020 target', () => {
    const goals = page(`${base}/goals/`);
    const derivedRows = goals.$('tr[data-derived]').toArray().map((el) => goals.$(el).text());
    expect(derivedRows).toHaveLength(4);
    for (const row of derivedRows) expect(row).toMatch(/推算/);
    const targets = readYaml<{ goals: Array<{ targets: Array<{ value: number; unit: string; doublesFrom?: number }> }> }>(`policies/${POLICY_ID}/goals.yaml`)
      .goals.flatMap((g) => g.targets)
      .filter((t) => t.doublesFrom);
    expect(derivedRows.map((row) => extractQuantities(row)[0])).toEqual(targets.map((t) => ({ value: t.value / 2, unit: t.unit })));
  });

  it('draws each chart as inline SVG with a data table beside it', () => {
    const goals = page(`${base}/goals/`);
    expect(goals.$('figure.doubling-chart svg[role="img"]').length).toBe(4);
    expect(goals.$('figure.doubling-chart table').length).toBe(4);
  });
});

describe('glossary links', () => {
  const terms = readYaml<Array<{ id: string; term: string }>>('glossary.yaml');

  it.each(EXPLAINERS)('the %s explainer links each term at most once, to an entry that exists', (slug) => {
    const explainer = page(`${base}/${slug}/`);
    const glossary = page('/policy/glossary/');
    const targets = explainer.$('a.glossary-link').toArray().map((el) => explainer.$(el).attr('href') ?? '');
    expect(new Set(targets).size).toBe(targets.length);
    for (const href of targets) expect(glossary.$(`[id="${href.split('#')[1]}"]`).length, href).toBe(1);
  });

  it('the explainers link at least the core terms', () => {
    const linked = new Set(EXPLAINERS.flatMap((slug) => page(`${base}/${slug}/`).$('a.glossary-link').toArray().map((el) => page(`${base}/${slug}/`).$(el).attr('href'))));
    for (const id of ['rd-intensity', 'high-tech-enterprise', 'incubator', 'maker-space', 'key-lab', 'youth-lab']) expect(linked).toContain(`/policy/glossary/#term-${id}`);
  });

  it('the glossary page lists, for each linked term, the explainers that link to it', () => {
    const glossary = page('/policy/glossary/');
    for (const slug of EXPLAINERS) {
      const explainer = page(`${base}/${slug}/`);
      for (const el of explainer.$('a.glossary-link').toArray()) {
        const anchor = (explainer.$(el).attr('href') ?? '').split('#')[1];
        expect(glossary.$(`[id="${anchor}"] a[href="${base}/${slug}/"]`).length, `${anchor} → ${slug}`).toBe(1);
      }
    }
    expect(terms.length).toBeGreaterThanOrEqual(12);
  });
});

describe('the department index', () => {
  it('has a page per department with what it leads, generated from tasks.yaml', () => {
    const tasks = readYaml<{ actions: Array<{ tasks: Array<{ clause: string; lead: string[]; support: string[] }> }> }>(`policies/${POLICY_ID}/tasks.yaml`).actions.flatMap((a) => a.tasks);
    const ids = new Set(tasks.flatMap((t) => [...t.lead, ...t.support]));
    for (const id of ids) {
      const deptPage = page(`/policy/departments/${id}/`);
      const leads = tasks.filter((t) => t.lead.includes(id)).map((t) => t.clause);
      const leadLinks = deptPage.$('#leads').parent().find('a').toArray().map((el) => deptPage.$(el).attr('href'));
      expect(leadLinks).toEqual(leads.map((c) => `${base}/original/#${c}`));
    }
    expect(page('/policy/departments/').$('tbody tr').length).toBe(ids.size);
  });
});

describe('FAQ', () => {
  it('answers at least 12 questions and is marked up as FAQPage', () => {
    const faq = page(`${base}/faq/`);
    expect(faq.$('.faq-list > section').length).toBeGreaterThanOrEqual(12);
    const data = JSON.parse(faq.$('script[type="application/ld+json"]').first().text());
    expect(data['@type']).toBe('FAQPage');
    expect(data.mainEntity.length).toBe(faq.$('.faq-list > section').length);
  });
});
