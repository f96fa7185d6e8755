/**
 * Reads content/ outside Astro (CLI, tests, benchmarks) and builds the eligibility ruleset of every policy
 * with a checker.yaml. What it reads: content/rules/, departments.yaml, checker.yaml, and in each policy's
 * folder policy.yaml, checker.yaml, readings.yaml and the original text (ruleset-cache.ts keys on these).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_ROOT } from '../../src/data/content-root.ts';
import { policyStatus } from '../../src/lib/policy/status.ts';
import { buildRuleset, type PolicySources, type RulesetSources } from '../../src/lib/eligibility/ruleset.ts';
import type { Ruleset } from '../../src/lib/eligibility/types.ts';
import { allClauses, inClauseOrder, parsePolicyDocument } from '../../src/lib/policy/document.ts';
import { checkYamlEntry, parseYamlEntries } from '../../src/lib/content/yaml-entries.ts';
import { PolicyCheckerSchema, SiteCheckerSchema } from '../../src/schemas/checker.ts';
import { DepartmentSchema } from '../../src/schemas/department.ts';
import { PolicySchema } from '../../src/schemas/policy.ts';
import { ReadingsFileSchema } from '../../src/schemas/reading.ts';
import { RuleSchema } from '../../src/schemas/rule.ts';

/** The entries of one YAML file, read and checked as the build reads them. */
function readEntries<S extends Parameters<typeof checkYamlEntry>[1]>(
  file: string,
  schema: S,
  shape: Parameters<typeof parseYamlEntries>[2],
) {
  const seen = new Map<string, string>();
  return parseYamlEntries(readFileSync(file, 'utf8'), file, shape).map((entry) => checkYamlEntry(entry, schema, seen));
}

export function loadRuleset(contentDir = CONTENT_ROOT, today = new Date()): Ruleset {
  return buildRuleset(readRulesetSources(contentDir, today));
}

/** The content a ruleset is built from, read and checked as the build reads it. */
export function readRulesetSources(contentDir = CONTENT_ROOT, today = new Date()): RulesetSources {
  const rulesDir = join(contentDir, 'rules');
  const rules = readdirSync(rulesDir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => readEntries(join(rulesDir, file), RuleSchema, { entries: 'file', fileId: file.replace(/\.yaml$/, '') }));
  const departments = readEntries(join(contentDir, 'departments.yaml'), DepartmentSchema, { entries: 'list' });
  const [site] = readEntries(join(contentDir, 'checker.yaml'), SiteCheckerSchema, { entries: 'file', fileId: 'main' });
  const policiesDir = join(contentDir, 'policies');
  const policies = readdirSync(policiesDir)
    .filter((id) => existsSync(join(policiesDir, id, 'checker.yaml')))
    .sort()
    .map((policyId): PolicySources => {
      const folder = join(policiesDir, policyId);
      const [policy] = readEntries(join(folder, 'policy.yaml'), PolicySchema, { entries: 'file', fileId: policyId });
      const [checker] = readEntries(join(folder, 'checker.yaml'), PolicyCheckerSchema, { entries: 'file', fileId: policyId });
      const [readingsFile] = existsSync(join(folder, 'readings.yaml'))
        ? readEntries(join(folder, 'readings.yaml'), ReadingsFileSchema, { entries: 'file', fileId: policyId })
        : [];
      const clauses = allClauses(parsePolicyDocument(readFileSync(join(folder, policy!.originalFile), 'utf8')));
      return {
        policy: {
          id: policyId,
          title: policy!.title,
          shortTitle: policy!.shortTitle,
          docNumber: policy!.docNumber,
          term: policy!.term,
          supportReadings: policy!.supportReadings,
        },
        state: policyStatus(policy!.term, today),
        checker: checker!,
        rules: inClauseOrder(
          rules.filter((rule) => rule.policy === policyId),
          clauses.map((c) => c.id),
        ),
        clauseLabels: new Map(clauses.map((c) => [c.id, c.label])),
        readings: new Map((readingsFile?.readings ?? []).map((r) => [r.id, r])),
        originalUrl: `/policy/${policyId}/original/`,
      };
    });
  return { site: site!, departmentNames: new Map(departments.map((d) => [d.id, d.name])), policies };
}
