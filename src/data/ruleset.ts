import { buildRuleset } from '../lib/eligibility/ruleset';
import type { Ruleset } from '../lib/eligibility/types';
import { getDepartmentMap } from './departments';
import { clauseLabels, getPolicy, originalUrl } from './policies';

/** The policy whose support items the checker runs. */
export const CHECKER_POLICY_ID = 'wuhua-2018-5';

/** The eligibility ruleset built from the content collections (the same data the CLI reads from YAML). */
export async function getRuleset(policyId = CHECKER_POLICY_ID): Promise<Ruleset> {
  const bundle = await getPolicy(policyId);
  const departments = await getDepartmentMap();
  return buildRuleset({
    policy: { id: bundle.id, title: bundle.policy.title, docNumber: bundle.policy.docNumber, term: bundle.policy.term, supportReadings: bundle.policy.supportReadings },
    rules: bundle.rules,
    clauseLabels: clauseLabels(bundle),
    departmentNames: new Map([...departments].map(([id, d]) => [id, d.name])),
    readings: bundle.readings,
    originalUrl: originalUrl(bundle.id),
  });
}
