import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allClauses, clauseText, splitUnits } from '../../src/lib/policy/document';
import { DepartmentSchema } from '../../src/schemas/department';
import { GoalsSchema } from '../../src/schemas/goals';
import { PolicySchema } from '../../src/schemas/policy';
import { RuleSchema, type Rule } from '../../src/schemas/rule';
import { TasksSchema } from '../../src/schemas/tasks';
import { CONTENT, POLICY_ID, SEED, originalDocument, originalText, readYaml } from '../helpers/content';
import { extractQuantities, key } from '../helpers/figures';

const doc = originalDocument();
const clauses = new Map(allClauses(doc).map((c) => [c.id, c]));
const policy = PolicySchema.parse(readYaml(`policies/${POLICY_ID}/policy.yaml`));
const goals = GoalsSchema.parse(readYaml(`policies/${POLICY_ID}/goals.yaml`)).goals;
const actions = TasksSchema.parse(readYaml(`policies/${POLICY_ID}/tasks.yaml`)).actions;
const departments = readYaml<unknown[]>('departments.yaml').map((d) => DepartmentSchema.parse(d));
const rules: Rule[] = readdirSync(new URL('rules/', CONTENT)).map((file) => RuleSchema.parse(readYaml(`rules/${file}`)));

describe('the official text in content/', () => {
  it('is the file its SHA-256 in policy.yaml names', () => {
    expect(createHash('sha256').update(originalText()).digest('hex')).toBe(policy.originalSha256);
  });

  if (existsSync(SEED)) {
    it('is byte for byte the document the project was handed', () => {
      expect(originalText()).toBe(readFileSync(SEED, 'utf8'));
    });
  }

  it('agrees with the metadata: 文号, issuers and date', () => {
    expect(doc.front.find((b) => b.role === 'doc-number')?.text).toBe(policy.docNumber);
    for (const issuer of policy.issuers) expect(doc.front.map((b) => b.text).join('\n')).toContain(issuer);
    expect(doc.front.find((b) => b.role === 'date')?.text).toBe('2018年5月7日');
    expect(policy.dateWritten.toISOString()).toBe('2018-05-06T16:00:00.000Z'); // 2018-05-07 00:00 Beijing
  });
});

describe('goals.yaml against 二、工作目标', () => {
  it('cites every goal section once, in order', () => {
    expect(goals.map((g) => g.clause)).toEqual(clauses.get('s2')?.children.map((c) => c.id));
  });

  it.each(goals.flatMap((g) => g.targets.map((t) => [t.id, g.clause, t] as const)))(
    'target %s is printed in %s as stated',
    (_, clause, target) => {
      const text = clauseText(clauses.get(clause) as NonNullable<ReturnType<typeof clauses.get>>);
      expect(text).toContain(target.source);
      expect(extractQuantities(target.source).map(key)).toEqual([`${target.value}${target.unit}`]);
      if (target.doublesFrom) expect(text).toContain(`在${target.doublesFrom}年的基础上翻一番`);
    },
  );

  it('holds every figure of part 二, and no other', () => {
    const inText = new Set(extractQuantities(clauseText(clauses.get('s2') as never)).map(key));
    const inData = new Set(goals.flatMap((g) => g.targets.map((t) => `${t.value}${t.unit}`)));
    expect([...inData].sort()).toEqual([...inText].sort());
  });
});

describe('tasks.yaml against 三、重点任务', () => {
  const nameOf = new Map(departments.flatMap((d) => [d.name, ...d.aliases].map((n) => [n, d.id] as const)));
  const groups = allClauses(doc).filter((c) => c.kind === 'group');
  const tasks = actions.flatMap((a) => a.tasks);

  it('has one task per task group of the original, in order', () => {
    expect(tasks.map((t) => t.clause)).toEqual(groups.map((g) => g.id));
  });

  it.each(groups.map((g) => [g.id, g] as const))('%s names the same 牵头单位 and 责任单位 as the original', (id, group) => {
    const task = tasks.find((t) => t.clause === id);
    const line = (role: string) =>
      splitUnits(group.blocks.find((b) => b.role === role)?.text ?? '').map((name) => nameOf.get(name) ?? `unknown: ${name}`);
    expect(task?.lead).toEqual(line('lead'));
    expect(task?.support).toEqual(line('support'));
  });
});

describe('rules against 四、扶持政策', () => {
  const amountsOf = (rule: Rule): number[] => {
    const a = rule.amount;
    if (a.kind === 'fixed') return [a.amount];
    if (a.kind === 'rank') return a.bands.map((b) => b.amount);
    if (a.kind === 'levels') return a.levels.map((l) => l.amount);
    if (a.kind === 'percent') return [a.cap];
    return a.rows.map((r) => r.amount);
  };
  const leaves = allClauses(doc).filter((c) => c.id.startsWith('s4-') && c.children.length === 0);

  it('has one rule for every clause of part 四 that pays money', () => {
    expect(rules.map((r) => r.clause).sort()).toEqual(leaves.map((c) => c.id).sort());
  });

  it.each(leaves.map((c) => [c.label, c] as const))('%s: the rule pays exactly the sums the text names', (_, clause) => {
    const text = clauseText(clause);
    const inText = [
      ...new Set(
        extractQuantities(text)
          .filter((q) => q.unit === '万元')
          .map((q) => q.value * 10000),
      ),
    ].sort();
    const rule = rules.find((r) => r.clause === clause.id) as Rule;
    expect([...new Set(amountsOf(rule))].sort()).toEqual(inText);
  });

  it('ranks 1–2 and 3–5 as 四（一） says', () => {
    const rule = rules.find((r) => r.clause === 's4-1');
    expect(rule?.amount).toMatchObject({
      kind: 'rank',
      bands: [
        { fromRank: 1, toRank: 2, amount: 80000 },
        { fromRank: 3, toRank: 5, amount: 40000 },
      ],
    });
    expect(clauseText(clauses.get('s4-1') as never)).toMatch(/排名前2名的，分别给予8万元.*排名第3至第5名的，分别给予4万元/);
  });

  it('needs the department’s recommendation exactly where the text says 经科技部门推荐', () => {
    for (const rule of rules.filter((r) => r.amount.kind === 'levels')) {
      const text = clauseText(clauses.get(rule.clause) as never);
      expect(text).toContain('经科技部门推荐');
      if (rule.amount.kind === 'levels') expect(rule.amount.levels.map((l) => l.needsRecommendation)).toEqual([false, true, true]);
    }
  });

  it('pays 四（五）3 once at the higher sum, as 此项不重复补助 says', () => {
    const rule = rules.find((r) => r.clause === 's4-5-3');
    expect(clauseText(clauses.get('s4-5-3') as never)).toContain('此项不重复补助');
    expect(rule?.amount.kind === 'table' && rule.amount.combine).toBe('max');
  });

  it('covers the plan’s term for every item', () => {
    for (const rule of rules) {
      expect(rule.term.start.getTime()).toBe(policy.term.start.getTime());
      expect(rule.term.end.getTime()).toBe(policy.term.end.getTime());
    }
  });
});
