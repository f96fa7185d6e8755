/**
 * npm run bench:eligibility — how fast the engine is (a benchmark, never a test):
 *   1. the median time of one evaluation of a full profile (every topic);
 *   2. a 10,000-row roster through the CLI, end to end.
 * Goals from the issue: ≤ 50 µs per evaluation; 10,000 rows in < 2 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateEligibility } from '../src/lib/eligibility/evaluate.ts';
import { loadRuleset } from './lib/load-ruleset.ts';

const ruleset = loadRuleset();
const fullProfile = {
  applicant: 'enterprise', inWuhua: 'yes', topics: ['rd-ranking', 'hte', 'platform', 'incubator', 'science-base', 'talent', 'team'], year: 2019,
  rdSpending: 'yes', patents: 'yes', patentCommercialisation: 'unsure', statsCategory: 'industrial', rdGrowth: 'yes', rdRank: 3,
  hteRecertified: 'yes', revenueGrowth: 'yes',
  platformType: 'key-lab', platformMunicipal: 'yes', platformMunicipalYear: 2018, platformProvincial: 'recommended', platformProvincialYear: 2019, platformNational: 'unsure',
  incubatorType: 'maker-space', incubatorMunicipal: 'yes', incubatorMunicipalYear: 2020, incubatorProvincial: 'no', incubatorNational: 'no',
  scienceBaseType: 'youth-lab', scienceBaseMunicipal: 'yes', scienceBaseMunicipalYear: 2019, scienceBaseProvincial: 'not-recommended', scienceBaseProvincialYear: 2020, scienceBaseNational: 'no',
  academicLeader: 'leader', academicRating: 'excellent', yunnanInnovation: 'pending', leadingTitles: ['kunming-leading', 'yunling-high-level'],
  teamKunming: 'qualified', teamYunnan: 'none',
};

// 1. Evaluation: warm up, then time batches and take the median per evaluation.
for (let i = 0; i < 2000; i += 1) evaluateEligibility(ruleset, fullProfile);
const perBatch = 1000;
const samples: number[] = [];
for (let batch = 0; batch < 50; batch += 1) {
  const start = performance.now();
  for (let i = 0; i < perBatch; i += 1) evaluateEligibility(ruleset, fullProfile);
  samples.push(((performance.now() - start) * 1000) / perBatch);
}
samples.sort((a, b) => a - b);
const medianMicros = samples[Math.floor(samples.length / 2)] as number;

// 2. A 10,000-row roster through the CLI (process start, decoding, parsing, evaluation, writing).
const dir = mkdtempSync(join(tmpdir(), 'bench-eligibility-'));
const columns = Object.keys(fullProfile);
const cell = (value: unknown) => (Array.isArray(value) ? value.join(';') : String(value));
const rows = Array.from({ length: 10_000 }, (_, i) => columns.map((c) => (c === 'rdRank' ? String((i % 9) + 1) : cell(fullProfile[c as keyof typeof fullProfile]))).join(','));
const roster = join(dir, 'roster.csv');
writeFileSync(roster, `${columns.join(',')}\n${rows.join('\n')}\n`);
const start = performance.now();
const run = spawnSync(process.execPath, ['scripts/eligibility.ts', '--csv', roster, '--out', join(dir, 'out.csv')], { encoding: 'utf8' });
const cliSeconds = (performance.now() - start) / 1000;
if (run.status !== 0) throw new Error(`CLI failed: ${run.stderr}`);

const line = (name: string, value: string, goal: string, met: boolean) => console.log(`| ${name} | ${value} | ${goal} | ${met ? 'met' : 'NOT MET'} |`);
console.log('| measure | value | goal | |\n| --- | --- | --- | --- |');
line('one evaluation, full profile (median)', `${medianMicros.toFixed(1)} µs`, '≤ 50 µs', medianMicros <= 50);
line('10,000-row roster through the CLI', `${cliSeconds.toFixed(2)} s`, '< 2 s', cliSeconds < 2);
