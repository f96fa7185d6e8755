/** Reads content/ outside Astro (CLI, tests, benchmarks) and builds the eligibility ruleset. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildRuleset } from '../../src/lib/eligibility/ruleset.ts';
import type { Ruleset } from '../../src/lib/eligibility/types.ts';
import { allClauses, parsePolicyDocument } from '../../src/lib/policy-document.ts';
import { formatIssues } from '../../src/lib/validation.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { RuleSchema } from '../../src/schemas/rule.ts';

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'), { schema: 'core' });
}

function parseOrThrow<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } } }, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues, data));
  return result.data;
}

export function loadRuleset(policyId = 'wuhua-2018-5', contentDir = process.env['CONTENT_DIR'] ?? 'content'): Ruleset {
  const policyFile = join(contentDir, 'policies', policyId, 'policy.yaml');
  const policy = parseOrThrow(PolicySchema, readYaml(policyFile), policyFile);
  const document = parsePolicyDocument(readFileSync(join(contentDir, 'policies', policyId, policy.originalFile), 'utf8'));
  const rulesDir = join(contentDir, 'rules');
  const rules = readdirSync(rulesDir)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => parseOrThrow(RuleSchema, readYaml(join(rulesDir, file)), join(rulesDir, file)))
    .filter((rule) => rule.policy === policyId);
  const clauseOrder = allClauses(document).map((c) => c.id);
  rules.sort((a, b) => clauseOrder.indexOf(a.clause) - clauseOrder.indexOf(b.clause));
  const departmentsFile = join(contentDir, 'departments.yaml');
  const departments = (readYaml(departmentsFile) as unknown[]).map((d) => parseOrThrow(DepartmentSchema, d, departmentsFile));
  return buildRuleset({
    policy: { id: policyId, title: policy.title, docNumber: policy.docNumber, term: policy.term },
    rules,
    clauseLabels: new Map(allClauses(document).map((c) => [c.id, c.label])),
    departmentNames: new Map(departments.map((d) => [d.id, d.name])),
    originalUrl: `/policy/${policyId}/original/`,
  });
}
