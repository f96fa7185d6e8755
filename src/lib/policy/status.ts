/** Whether a policy is in force on a given day, from its term. Computed at build time. */
export type PolicyStatus = 'not-yet' | 'in-force' | 'expired';

export const POLICY_STATUS_LABEL: Record<PolicyStatus, string> = {
  'not-yet': '尚未生效',
  'in-force': '现行有效',
  expired: '已到期',
};

/** The term's end day counts as in force; it expires the day after (Beijing dates). */
export function policyStatus(term: { start: Date; end: Date }, today: Date): PolicyStatus {
  const DAY = 24 * 60 * 60 * 1000;
  if (today.getTime() < term.start.getTime()) return 'not-yet';
  if (today.getTime() >= term.end.getTime() + DAY) return 'expired';
  return 'in-force';
}
