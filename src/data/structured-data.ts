import { toIsoDate } from '../lib/dates';
import { originalUrl, type PolicyBundle } from './policies';

/** schema.org Legislation for a policy document. */
export function legislationJsonLd(bundle: PolicyBundle, site: URL | undefined): Record<string, unknown> {
  const { policy } = bundle;
  return {
    '@type': 'Legislation',
    name: policy.title,
    legislationIdentifier: policy.docNumber,
    legislationDate: toIsoDate(policy.dateWritten),
    legislationType: '规范性文件',
    legislationJurisdiction: '云南省昆明市五华区',
    legislationPassedBy: policy.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    legislationLegalForce: bundle.status === 'in-force' ? 'InForce' : 'NotInForce',
    temporalCoverage: `${toIsoDate(policy.term.start)}/${toIsoDate(policy.term.end)}`,
    inLanguage: 'zh-CN',
    url: new URL(originalUrl(bundle.id), site).href,
  };
}
