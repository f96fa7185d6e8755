import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { extractCitations } from '../lib/policy/clause-citations';
import { clauseIndex, clauseText, inClauseOrder, parsePolicyDocument, type Clause, type PolicyDocument } from '../lib/policy/document';
import { policyStatus, type PolicyStatus } from '../lib/policy/status';
import { ContentError } from '../lib/content/validation';
import type { FaqItem } from '../schemas/faq';
import type { DoublingWords, Goal } from '../schemas/goals';
import type { Policy } from '../schemas/policy';
import type { Reading } from '../schemas/reading';
import type { Rule } from '../schemas/rule';
import type { Action } from '../schemas/tasks';
import { buildDate } from './build-date';
import { getDepartmentMap } from './departments';

export type ExplainerEntry = CollectionEntry<'explainers'>;

/** Where an explainer cites a clause, for the "covered by" list under that clause on the 原文 page. */
export interface Backlink {
  explainer: ExplainerEntry;
  heading: string;
  headingId: string;
}

/** One policy with everything published about it, checked for consistency. */
export interface PolicyBundle {
  id: string;
  policy: Policy;
  status: PolicyStatus;
  document: PolicyDocument;
  clauses: Map<string, Clause>;
  goals: Goal[];
  /** The words over the 翻一番 charts (goals.yaml `doubling`), when a target doubles. */
  doubling?: DoublingWords | undefined;
  actions: Action[];
  rules: Rule[];
  explainers: ExplainerEntry[];
  faq: FaqItem[];
  /** 本站理解 (readings.yaml), by id. */
  readings: Map<string, Reading>;
  /** Clause id → explainer sections that cite it (in explainer order). */
  backlinks: Map<string, Backlink[]>;
}

/** Slug of an explainer within its policy: "wuhua-2018-5/goals" → "goals". */
export const explainerSlug = (entry: ExplainerEntry) => entry.id.split('/')[1] as string;
/** The policy the home page features (its status line and goal figures). */
export const FEATURED_POLICY_ID = 'wuhua-2018-5';

export const policyUrl = (policyId: string) => `/policy/${policyId}/`;
export const explainerUrl = (entry: ExplainerEntry) => `/policy/${entry.id}/`;
export const faqUrl = (policyId: string) => `${policyUrl(policyId)}faq/`;
export const originalUrl = (policyId: string, clause?: string) => `${policyUrl(policyId)}original/${clause ? `#${clause}` : ''}`;

/** The breadcrumb of the policy a page belongs to, below the registry's 政策解读 (src/data/sections.ts). */
export const policyCrumb = (bundle: PolicyBundle) => ({ label: bundle.policy.shortTitle, href: policyUrl(bundle.id) });

function requireClause(clauses: Map<string, Clause>, id: string, where: string, field: string): void {
  if (!clauses.has(id)) throw new ContentError(`${where}: field ${field}: no clause with this anchor on the 原文 page (value: "${id}")`);
}

async function loadBundle(entry: CollectionEntry<'policies'>, all: Awaited<ReturnType<typeof collectionsByPolicy>>): Promise<PolicyBundle> {
  const { id, data: policy } = entry;
  const folder = dirname(entry.filePath ?? `content/policies/${id}/policy.yaml`);
  const policyFile = `${folder}/policy.yaml`;
  const originalPath = join(folder, policy.originalFile);
  if (!existsSync(originalPath))
    throw new ContentError(`${policyFile}: field originalFile: file not found (value: "${policy.originalFile}")`);
  const original = readFileSync(originalPath, 'utf8');
  const digest = createHash('sha256').update(original).digest('hex');
  if (digest !== policy.originalSha256) {
    throw new ContentError(
      `${policyFile}: field originalSha256: ${policy.originalFile} has changed; its SHA-256 is now ${digest} (value: "${policy.originalSha256}"). The official text must stay as published.`,
    );
  }
  const document = parsePolicyDocument(original);
  const clauses = clauseIndex(document);

  const goals = all.goals.get(id)?.data.goals ?? [];
  const doubling = all.goals.get(id)?.data.doubling;
  if (!doubling && goals.some((goal) => goal.targets.some((t) => t.doublesFrom !== undefined)))
    throw new ContentError(
      `${folder}/goals.yaml: field doubling: a target doubles (doublesFrom), so the goals page needs the words over its charts (heading, intro)`,
    );
  goals.forEach((goal, g) => {
    const where = `${folder}/goals.yaml`;
    requireClause(clauses, goal.clause, where, `goals.${g}.clause`);
    const text = clauseText(clauses.get(goal.clause) as Clause);
    goal.targets.forEach((target, t) => {
      if (!text.includes(target.source))
        throw new ContentError(
          `${where}: field goals.${g}.targets.${t}.source: not found in clause ${goal.clause} of the original (value: "${target.source}")`,
        );
    });
  });

  const readingsFile = `${folder}/readings.yaml`;
  const readings = new Map<string, Reading>();
  (all.readings.get(id)?.data.readings ?? []).forEach((reading, r) => {
    if (readings.has(reading.id))
      throw new ContentError(`${readingsFile}: field readings.${r}.id: the same id is used twice (value: "${reading.id}")`);
    reading.clauses.forEach((clause, c) => requireClause(clauses, clause, readingsFile, `readings.${r}.clauses.${c}`));
    readings.set(reading.id, reading);
  });
  const requireReading = (reading: string, where: string, field: string) => {
    if (!readings.has(reading))
      throw new ContentError(`${where}: field ${field}: no reading with this id in ${readingsFile} (value: "${reading}")`);
  };
  requireReading(policy.term.reading, policyFile, 'term.reading');
  policy.supportReadings.forEach((reading, r) => requireReading(reading, policyFile, `supportReadings.${r}`));

  const departments = await getDepartmentMap();
  const actions = all.tasks.get(id)?.data.actions ?? [];
  actions.forEach((action, a) => {
    const where = `${folder}/tasks.yaml`;
    requireClause(clauses, action.clause, where, `actions.${a}.clause`);
    action.tasks.forEach((task, t) => {
      requireClause(clauses, task.clause, where, `actions.${a}.tasks.${t}.clause`);
      for (const [field, ids] of [
        ['lead', task.lead],
        ['support', task.support],
      ] as const) {
        ids.forEach((dept, d) => {
          if (!departments.has(dept))
            throw new ContentError(
              `${where}: field actions.${a}.tasks.${t}.${field}.${d}: no such department in content/departments.yaml (value: "${dept}")`,
            );
        });
      }
    });
  });

  const rules = inClauseOrder(
    all.rules
      .filter((rule) => rule.data.policy === id)
      .map((rule) => {
        const where = rule.filePath ?? `content/rules/${rule.id}.yaml`;
        if (rule.data.id !== rule.id)
          throw new ContentError(`${where}: field id: must match the file name "${rule.id}" (value: "${rule.data.id}")`);
        requireClause(clauses, rule.data.clause, where, 'clause');
        if (!departments.has(rule.data.office))
          throw new ContentError(`${where}: field office: no such department in content/departments.yaml (value: "${rule.data.office}")`);
        rule.data.readings.forEach((reading, r) => requireReading(reading, where, `readings.${r}`));
        return rule.data;
      }),
    clauses.keys(),
  );

  const explainers = all.explainers.filter((e) => e.id.startsWith(`${id}/`)).sort((a, b) => a.data.order - b.data.order);
  const backlinks = new Map<string, Backlink[]>();
  for (const explainer of explainers) {
    const where = explainer.filePath ?? explainer.id;
    explainer.data.covers.forEach((clause, c) => requireClause(clauses, clause, where, `covers.${c}`));
    for (const citation of extractCitations(explainer.body ?? '')) {
      if (!clauses.has(citation.clause))
        throw new ContentError(
          `${where}: line ${citation.line} of the body: field <Clause id>: no clause with this anchor on the 原文 page (value: "${citation.clause}")`,
        );
      const list = backlinks.get(citation.clause) ?? [];
      if (!list.some((b) => b.explainer === explainer && b.headingId === citation.headingId)) {
        list.push({ explainer, heading: citation.heading || explainer.data.title, headingId: citation.headingId });
      }
      backlinks.set(citation.clause, list);
    }
    // Clauses the page covers as a whole (often through a data block) but never cites inline.
    for (const clause of explainer.data.covers) {
      const list = backlinks.get(clause) ?? [];
      if (!list.some((b) => b.explainer === explainer)) list.push({ explainer, heading: explainer.data.title, headingId: '' });
      backlinks.set(clause, list);
    }
  }

  const faq = all.faq.get(id)?.data.questions ?? [];
  faq.forEach((item, q) => {
    item.cites.forEach((clause, c) => requireClause(clauses, clause, `${folder}/faq.yaml`, `questions.${q}.cites.${c}`));
    item.readings.forEach((reading, r) => requireReading(reading, `${folder}/faq.yaml`, `questions.${q}.readings.${r}`));
  });

  return {
    id,
    policy,
    status: policyStatus(policy.term, buildDate()),
    document,
    clauses,
    goals,
    doubling,
    actions,
    rules,
    explainers,
    faq,
    readings,
    backlinks,
  };
}

async function collectionsByPolicy() {
  const byId = <T extends { id: string }>(entries: T[]) => new Map(entries.map((e) => [e.id, e]));
  return {
    goals: byId(await getCollection('goals')),
    tasks: byId(await getCollection('tasks')),
    faq: byId(await getCollection('faq')),
    readings: byId(await getCollection('readings')),
    rules: await getCollection('rules'),
    explainers: await getCollection('explainers'),
  };
}

let cache: Promise<PolicyBundle[]> | undefined;

/** Every policy, newest first, each checked against its original text. Fails the build on bad content. */
export function getPolicies(): Promise<PolicyBundle[]> {
  cache ??= (async () => {
    const all = await collectionsByPolicy();
    const entries = await getCollection('policies');
    const bundles = await Promise.all(entries.map((entry) => loadBundle(entry, all)));
    return bundles.sort((a, b) => b.policy.dateWritten.getTime() - a.policy.dateWritten.getTime());
  })();
  return cache;
}

export async function getPolicy(id: string): Promise<PolicyBundle> {
  const bundle = (await getPolicies()).find((b) => b.id === id);
  if (!bundle) throw new ContentError(`No policy "${id}" in content/policies/.`);
  return bundle;
}

/**
 * The policy whose pages are being rendered (/policy/<id>/…). Lets MDX explainers place data blocks
 * such as <Goals /> without passing the policy in by hand.
 */
export async function getPolicyForUrl(url: URL): Promise<PolicyBundle> {
  const id = url.pathname.split('/')[2];
  if (url.pathname.split('/')[1] !== 'policy' || !id)
    throw new ContentError(`${url.pathname} is not a policy page, so it cannot show policy data.`);
  return getPolicy(id);
}

/** Clause id → citation label ("s4-5-3" → "四（五）3"). */
export function clauseLabels(bundle: PolicyBundle): Map<string, string> {
  return new Map([...bundle.clauses].map(([id, clause]) => [id, clause.label]));
}

/** A section of a policy's support part with the rules that encode it (四（五） has five). */
export interface SupportSection {
  section: Clause;
  rules: Rule[];
}

/**
 * The support sections of a policy, found from its rules rather than from a fixed part number, so a
 * later policy whose support measures sit in another part needs no code change.
 * @returns sections in document order, each with its rules in document order
 */
export function supportSections(bundle: PolicyBundle): SupportSection[] {
  const sections = new Map<string, Rule[]>();
  for (const rule of bundle.rules) {
    const clause = bundle.clauses.get(rule.clause) as Clause;
    const sectionId = clause.kind === 'item' ? rule.clause.split('-').slice(0, 2).join('-') : rule.clause;
    sections.set(sectionId, [...(sections.get(sectionId) ?? []), rule]);
  }
  return [...sections].map(([id, rules]) => ({ section: bundle.clauses.get(id) as Clause, rules }));
}
