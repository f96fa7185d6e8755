/**
 * Builds the engine's ruleset from content (at build time, and in the CLI): the site's shared steps,
 * each policy's questions and preconditions (checker.yaml) and its rules (content/rules/). Every
 * cross-reference is checked here, so a typo in content fails the build naming the file and field
 * instead of giving a wrong answer.
 */
import type { PolicyChecker, Question as QuestionData, SiteChecker } from '../../schemas/checker.ts';
import type { Reading } from '../../schemas/reading.ts';
import type { Rule } from '../../schemas/rule.ts';
import type { Check } from '../../schemas/rule-logic.ts';
import { toIsoDate } from '../common/dates.ts';
import type { Option, PolicyState, Question, Ruleset, RulesetPolicy, Step, Topic } from './types.ts';

export interface PolicySources {
  policy: {
    id: string;
    title: string;
    shortTitle: string;
    docNumber: string;
    term: { start: Date; end: Date; asPrinted: string; reading: string };
    supportReadings: string[];
  };
  state: PolicyState;
  checker: PolicyChecker;
  rules: Rule[];
  /** Clause anchor → label ("s4-3" → "四（三）"). */
  clauseLabels: Map<string, string>;
  /** The policy's 本站理解 (readings.yaml), by id. */
  readings: Map<string, Reading>;
  /** Where the 原文 page is ("/policy/<id>/original/"). */
  originalUrl: string;
}

export interface RulesetSources {
  site: SiteChecker;
  /** Department id → name. */
  departmentNames: Map<string, string>;
  policies: PolicySources[];
}

const SITE_FILE = 'content/checker.yaml';
const yearOf = (date: Date) => Number(toIsoDate(date).slice(0, 4));

class RulesetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

export function buildRuleset(sources: RulesetSources): Ruleset {
  const { site } = sources;
  const problem = (where: string, field: string, message: string, value: unknown): never => {
    throw new RulesetError(`${where}: field ${field}: ${message} (value: ${JSON.stringify(value)})`);
  };

  const question = (where: string, path: string, data: QuestionData, term: string): Question => {
    const options: Option[] | undefined =
      typeof data.options === 'string'
        ? (site.optionSets[data.options] ??
          problem(where, `${path}.options`, `no option list with this name in ${SITE_FILE} optionSets`, data.options))
        : data.options;
    const choice = data.kind === 'choice' || data.kind === 'choices';
    if (choice && !options) problem(where, `${path}.options`, `a ${data.kind} question needs options`, undefined);
    if (!choice && options) problem(where, `${path}.options`, `a ${data.kind} question takes no options`, data.options);
    const fill = (text: string) => text.replaceAll('{term}', term);
    const { options: _named, ...rest } = data;
    return { ...rest, label: fill(data.label), ...(data.hint ? { hint: fill(data.hint) } : {}), ...(options ? { options } : {}) };
  };
  const steps = (where: string, list: SiteChecker['steps'], term: string): Step[] =>
    list.map((step, s) => ({ ...step, questions: step.questions.map((q, i) => question(where, `steps.${s}.questions.${i}`, q, term)) }));

  const shared = steps(SITE_FILE, site.steps, '');
  const applicantQuestion =
    shared.flatMap((s) => s.questions).find((q) => q.id === 'applicant') ??
    problem(SITE_FILE, 'steps', 'one step must ask "applicant"', undefined);
  const applicantTypes = (applicantQuestion.options ?? []).map((o) => o.value);
  const topFields = new Map<string, string>(shared.flatMap((s) => s.questions.map((q) => [q.id, SITE_FILE] as [string, string])));
  topFields.set('topics', SITE_FILE);
  const claim = (where: string, path: string, id: string) => {
    if (topFields.has(id)) problem(where, path, `answer field already defined in ${topFields.get(id)}`, id);
    topFields.set(id, where);
  };
  const checkApplicants = (where: string, path: string, list: readonly string[] | undefined) =>
    list?.forEach(
      (a, i) => applicantTypes.includes(a) || problem(where, `${path}.${i}`, `not an applicant type (${applicantTypes.join(', ')})`, a),
    );
  const topicIds = new Set<string>();

  const policies = sources.policies.map((src): RulesetPolicy => {
    const { policy, checker } = src;
    const where = `content/policies/${policy.id}/checker.yaml`;
    const term = policy.term.asPrinted;
    const reading = (at: string, field: string, id: string) => {
      const found =
        src.readings.get(id) ?? problem(at, field, `no reading with this id in content/policies/${policy.id}/readings.yaml`, id);
      return { id, text: found.text, reason: found.reason };
    };
    const label = (at: string, clause: string, field = 'clause') =>
      src.clauseLabels.get(clause) ?? problem(at, field, `no clause with this anchor in ${policy.docNumber}`, clause);

    const ownSteps = steps(where, checker.steps, term);
    ownSteps.forEach((step, s) => {
      checkApplicants(where, `steps.${s}.applicants`, step.applicants);
      step.questions.forEach((q, i) => claim(where, `steps.${s}.questions.${i}.id`, q.id));
    });
    const topics = checker.topics.map((data, t): Topic => {
      if (topicIds.has(data.id)) problem(where, `topics.${t}.id`, 'topic id already used by another policy', data.id);
      topicIds.add(data.id);
      const questions = data.questions.map((q, i) => question(where, `topics.${t}.questions.${i}`, q, term));
      if (data.group) {
        claim(where, `topics.${t}.group.id`, data.group.id);
        claim(where, `topics.${t}.group.prefix`, `${data.group.prefix}#prefix`);
        const seen = new Set<string>();
        questions.forEach((q, i) => {
          if (seen.has(q.id)) problem(where, `topics.${t}.questions.${i}.id`, 'answer field defined twice in this group', q.id);
          seen.add(q.id);
        });
        data.group.summary.forEach(
          (f, i) => seen.has(f) || problem(where, `topics.${t}.group.summary.${i}`, 'no question with this id in the group', f),
        );
      } else questions.forEach((q, i) => claim(where, `topics.${t}.questions.${i}.id`, q.id));
      const rules = src.rules.filter((r) => r.topic === data.id);
      if (!rules.length) problem(where, `topics.${t}.id`, 'no rule in content/rules/ has this topic', data.id);
      return {
        id: data.id,
        label: data.label,
        hint: data.hint,
        applicants: applicantTypes.filter((a) => rules.some((r) => r.for.includes(a))),
        group: data.group,
        questions,
      };
    });
    // Group entry fields may not shadow top-level ones: the engine looks in the entry first.
    for (const topic of topics)
      for (const q of topic.group ? topic.questions : [])
        if (topFields.has(q.id))
          problem(where, `topics (${topic.id})`, `entry field shadows the top-level answer field from ${topFields.get(q.id)}`, q.id);

    const topQuestions = new Map(
      [...shared, ...ownSteps]
        .flatMap((s) => s.questions)
        .concat(topics.filter((t) => !t.group).flatMap((t) => t.questions))
        .map((q) => [q.id, q]),
    );
    const questionIn = (topic: Topic | undefined) => (field: string) =>
      (topic?.group ? topic.questions.find((q) => q.id === field) : undefined) ?? topQuestions.get(field);
    const allQuestions = [...topQuestions.values(), ...topics.flatMap((t) => (t.group ? t.questions : []))];
    allQuestions.forEach((q) => {
      if (q.showIf && !questionIn(topics.find((t) => t.questions.includes(q)))(q.showIf.field))
        problem(where, `question ${q.id}: showIf.field`, 'no question with this id', q.showIf.field);
      checkApplicants(where, `question ${q.id}: applicants`, q.applicants);
    });

    const coverage = (at: string, path: string, find: (field: string) => Question | undefined, field: string, whens: string[][]) => {
      const q = find(field) ?? problem(at, path, 'no question with this answer field', field);
      if (!q.options) return;
      const values = q.options.map((o) => o.value);
      const listed = whens.flat();
      listed.forEach((v) => values.includes(v) || problem(at, path, `"${v}" is not an option of ${field}`, v));
      for (const v of values) {
        const times = listed.filter((x) => x === v).length;
        if (times !== 1) problem(at, path, `option "${v}" of ${field} must be covered by exactly one case (found ${times})`, field);
      }
    };
    const checkChecks = (at: string, path: string, list: readonly Check[], find: (field: string) => Question | undefined) =>
      list.forEach((check, c) => {
        const p = `${path}.${c}`;
        checkApplicants(at, `${p}.applicants`, check.applicants);
        if (check.clause) label(at, check.clause, `${p}.clause`);
        if ('fact' in check) coverage(at, `${p}.fact`, find, check.fact, [['yes'], ['no'], ['unsure']]);
        else if ('choice' in check)
          coverage(
            at,
            `${p}.cases`,
            find,
            check.choice,
            check.cases.map((x) => x.when),
          );
        else if ('anyOf' in check) check.anyOf.forEach((f, i) => coverage(at, `${p}.anyOf.${i}`, find, f, [['yes'], ['no'], ['unsure']]));
        else if (find(check.year)?.kind !== 'year') problem(at, `${p}.year`, 'no year question with this answer field', check.year);
      });
    checkChecks(where, 'checks', checker.checks, questionIn(undefined));

    const items = src.rules.map((rule) => {
      const at = `content/rules/${rule.id}.yaml`;
      const topic = topics.find((t) => t.id === rule.topic) ?? problem(at, 'topic', `no topic with this id in ${where}`, rule.topic);
      checkApplicants(at, 'for', rule.for);
      const find = questionIn(topic);
      checkChecks(at, 'checks', rule.checks, find);
      const amount = rule.amount;
      const needKind = (field: string | undefined, path: string, kinds: string[]) => {
        if (field === undefined) return;
        const q = find(field) ?? problem(at, path, 'no question with this answer field', field);
        if (!kinds.includes(q.kind)) problem(at, path, `the question must be of kind ${kinds.join(' or ')}, not ${q.kind}`, field);
      };
      if (amount.kind === 'rank') needKind(amount.answer, 'amount.answer', ['number']);
      if (amount.kind === 'percent') needKind(amount.answer, 'amount.answer', ['amount']);
      if (amount.kind === 'levels') {
        amount.levels.forEach((level, l) => {
          needKind(level.answer ?? level.level, `amount.levels.${l}.answer`, ['choice']);
          needKind(level.year ?? `${level.level}Year`, `amount.levels.${l}.year`, ['year']);
        });
      }
      if (amount.kind === 'table' && amount.answer) {
        needKind(amount.answer, 'amount.answer', amount.combine === 'max' ? ['choices'] : ['choice']);
        coverage(at, 'amount.rows', find, amount.answer, [...amount.rows.map((r) => r.when ?? []), ...amount.cases.map((c) => c.when)]);
      }
      return {
        id: rule.id,
        title: rule.title,
        heading: rule.heading,
        topic: rule.topic,
        for: rule.for,
        clause: rule.clause,
        clauseLabel: label(at, rule.clause),
        checks: rule.checks,
        amount,
        termStartYear: yearOf(rule.term.start),
        termEndYear: yearOf(rule.term.end),
        office: sources.departmentNames.get(rule.office) ?? rule.office,
        prepare: rule.prepare,
        notes: rule.notes,
        readings: rule.readings.map((id) => reading(at, 'readings', id)),
        ...(rule.notPaidTwice ? { notPaidTwice: rule.notPaidTwice } : {}),
        ...(rule.combination ? { combination: rule.combination } : {}),
      };
    });

    return {
      id: policy.id,
      title: policy.title,
      shortTitle: policy.shortTitle,
      docNumber: policy.docNumber,
      state: src.state,
      termStart: toIsoDate(policy.term.start),
      termEnd: toIsoDate(policy.term.end),
      termAsPrinted: policy.term.asPrinted,
      termReading: reading(`content/policies/${policy.id}/policy.yaml`, 'term.reading', policy.term.reading),
      readings: policy.supportReadings.map((id) => reading(`content/policies/${policy.id}/policy.yaml`, 'supportReadings', id)),
      url: src.originalUrl,
      // Only the clauses results can cite: the items' own and those their checks name.
      clauseLabels: Object.fromEntries(
        [
          ...new Set([
            ...items.map((i) => i.clause),
            ...[...checker.checks, ...items.flatMap((i) => i.checks)].flatMap((c) => (c.clause ? [c.clause] : [])),
          ]),
        ].map((id) => [id, label(where, id)]),
      ),
      steps: ownSteps,
      checks: checker.checks,
      topics,
      items,
      legacy: checker.legacy,
    };
  });
  return { steps: shared, topicsStep: site.topicsStep, policies };
}
