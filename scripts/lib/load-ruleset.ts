/** Reads content/ outside Astro (CLI, tests, benchmarks) and builds the eligibility ruleset. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../../src/data/content-root.ts';
import { buildRuleset } from '../../src/lib/eligibility/ruleset.ts';
import type { Ruleset } from '../../src/lib/eligibility/types.ts';
import { allClauses, inClauseOrder, parsePolicyDocument } from '../../src/lib/policy-document.ts';
import { checkYamlEntry, parseYamlEntries } from '../../src/lib/yaml-entries.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { ReadingsFileSchema } from '../../src/schemas/reading.ts';
import { RuleSchema } from '../../src/schemas/rule.ts';

/** The entries of one YAML file, read and checked as the build reads them. */
function readEntries<S extends Parameters<typeof checkYamlEntry>[1]>(file: string, schema: S, shape: Parameters<typeof parseYamlEntries>[2]) {
  const seen = new Map<string, string>();
  return parseYamlEntries(readFileSync(file, 'utf8'), file, shape).map((entry) => checkYamlEntry(entry, schema, seen));
}

export function loadRuleset(policyId = 'wuhua-2018-5', contentDir = CONTENT_ROOT): Ruleset {
  const [policy] = readEntries(join(contentDir, 'policies', policyId, 'policy.yaml'), PolicySchema, { entries: 'file', fileId: policyId });
  const clauses = allClauses(parsePolicyDocument(readFileSync(join(contentDir, 'policies', policyId, policy!.originalFile), 'utf8')));
  const rulesDir = join(contentDir, 'rules');
  const rules = readdirSync(rulesDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => readEntries(join(rulesDir, file), RuleSchema, { entries: 'file', fileId: file.replace(/\.yaml$/, '') }))
    .filter((rule) => rule.policy === policyId);
  const departments = readEntries(join(contentDir, 'departments.yaml'), DepartmentSchema, { entries: 'list' });
  const [readingsFile] = readEntries(join(contentDir, 'policies', policyId, 'readings.yaml'), ReadingsFileSchema, { entries: 'file', fileId: policyId });
  return buildRuleset({
    policy: { id: policyId, title: policy!.title, docNumber: policy!.docNumber, term: policy!.term, supportReadings: policy!.supportReadings },
    rules: inClauseOrder(rules, clauses.map((c) => c.id)),
    clauseLabels: new Map(clauses.map((c) => [c.id, c.label])),
    departmentNames: new Map(departments.map((d) => [d.id, d.name])),
    readings: new Map((readingsFile?.readings ?? []).map((r) => [r.id, r])),
    originalUrl: `/policy/${policyId}/original/`,
  });
}
