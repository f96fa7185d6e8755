import { loadRuleset } from './lib/load-ruleset.ts';
import { answersJsonSchema } from '../src/schemas/answers.ts';
const s = answersJsonSchema(loadRuleset()) as any;
console.log(JSON.stringify({ ...s, properties: { applicant: s.properties.applicant, topics: s.properties.topics, rdRank: s.properties.rdRank, platforms: s.properties.platforms } }, null, 1).slice(0, 3000));
