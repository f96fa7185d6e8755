import { getCollection } from 'astro:content';
import { buildRuleset } from '../lib/eligibility/ruleset';
import type { Ruleset } from '../lib/eligibility/types';
import { getDepartmentMap } from './departments';
import { clauseLabels, getPolicies, originalUrl } from './policies';

let cache: Promise<Ruleset> | undefined;

/**
 * The eligibility ruleset of every policy that has a checker.yaml, built from the content collections
 * (the same data the CLI reads from YAML).
 */
export function getRuleset(): Promise<Ruleset> {
  cache ??= (async () => {
    const [site] = await getCollection('checkerSite');
    if (!site) throw new Error('content/checker.yaml is missing');
    const checkers = new Map((await getCollection('checkers')).map((entry) => [entry.id, entry.data]));
    const departments = await getDepartmentMap();
    const policies = (await getPolicies()).filter((bundle) => checkers.has(bundle.id));
    return buildRuleset({
      site: site.data,
      departmentNames: new Map([...departments].map(([id, d]) => [id, d.name])),
      policies: policies.map((bundle) => ({
        policy: {
          id: bundle.id,
          title: bundle.policy.title,
          shortTitle: bundle.policy.shortTitle,
          docNumber: bundle.policy.docNumber,
          term: bundle.policy.term,
          supportReadings: bundle.policy.supportReadings,
        },
        state: bundle.status,
        checker: checkers.get(bundle.id)!,
        rules: bundle.rules,
        clauseLabels: clauseLabels(bundle),
        readings: bundle.readings,
        originalUrl: originalUrl(bundle.id),
      })),
    });
  })();
  return cache;
}

/** The policies the checker runs (those with a checker.yaml), as bundles. */
export async function getCheckerPolicies() {
  const ids = new Set((await getCollection('checkers')).map((entry) => entry.id));
  return (await getPolicies()).filter((bundle) => ids.has(bundle.id));
}
