import { loadRuleset } from '../scripts/lib/load-ruleset.ts';
import { evaluateEligibility } from '../src/lib/eligibility/evaluate.ts';
import { answersJsonSchema } from '../src/schemas/answers.ts';
const r = loadRuleset();
console.log(r.policies.map(p => [p.id, p.state, p.topics.map(t => t.id + ':' + t.applicants.join('/')).join(' ')]));
const res = evaluateEligibility(r, { applicant: 'enterprise', inWuhua: 'yes', topics: ['rd-ranking','platform','talent','team'], rdSpending: 'yes', patents: 'no', patentCommercialisation: 'no',
 statsCategory: 'industrial', rdGrowth: 'yes', rdRankYear: 2020, rdRank: 1,
 platforms: [{ type: 'key-lab', municipal: 'yes', municipalYear: 2019, provincial: 'no', national: 'no' }, { type: 'academician-workstation', municipal: 'unsure', provincial: 'no', national: 'no' }],
 talents: [{ academicLeader: 'leader', academicRating: 'excellent', academicYear: 2019, yunnanInnovation: 'none', leadingTitles: ['kunming-leading'], leadingYear: 2020 }],
 teams: [{ kunming: 'pending', yunnan: 'none' }] });
for (const i of res.items) console.log(i.id, i.entry?.label, i.status, i.amount, i.reasons.map(r=>r.text).join(' | '), i.decidedBy ?? '', i.confirm.map(c=>c.field).join(','));
console.log(res.total, res.policies.map(p=>p.total));
console.log(JSON.stringify(answersJsonSchema(r)).length);
