/**
 * The batch page's worker: reads the roster and evaluates every row off the page's thread, so a
 * 10,000-row roster never freezes the page. It reports progress, then the summary, the results CSV and
 * the problems; the table asks for one page of rows at a time, so the page never holds them all.
 * Nothing here makes a request: the file stays on the device.
 */
import { csvText, readRosterRecord, resultColumns, resultSheet, type RosterRow } from '../lib/eligibility/roster';
import { openRoster } from '../lib/eligibility/roster-file';
import { describeProblemZh } from '../lib/eligibility/roster-messages';
import { problemsFirst, rosterSummary } from '../lib/eligibility/roster-summary';
import type { Ruleset } from '../lib/eligibility/types';
import type { BatchReply, BatchRequest } from './batch-protocol';
import { PAGE_SIZE, PROBLEM_LIMIT } from './batch-protocol';

const scope = self as unknown as { postMessage(message: BatchReply): void; onmessage: ((event: MessageEvent<BatchRequest>) => void) | null };
let shown: RosterRow[] = [];

function start(rulesetJson: string, input: BatchRequest & { type: 'start' }): void {
  const ruleset = JSON.parse(rulesetJson) as Ruleset;
  const opened = openRoster(ruleset, input.bytes ? { bytes: new Uint8Array(input.bytes) } : { table: input.table ?? [] });
  if ('refused' in opened) return scope.postMessage({ type: 'refused', problems: opened.refused });
  const { header, records, format } = opened;
  const rows: RosterRow[] = [];
  const total = records.length;
  for (let index = 0; index < total; index += 1) {
    // The header is row 1, as Excel numbers it.
    const row = readRosterRecord(ruleset, header, records[index] as string[], index + 2);
    if (row) rows.push(row);
    if ((index + 1) % 500 === 0) scope.postMessage({ type: 'progress', done: index + 1, total });
  }
  shown = problemsFirst(rows);
  const problems = shown.filter((r) => r.problems.length).flatMap((r) => r.problems.map((p) => ({ row: r.row, label: r.label, text: describeProblemZh(p) })));
  scope.postMessage({
    type: 'done',
    format,
    summary: rosterSummary(ruleset, rows),
    columns: resultColumns(ruleset, rows),
    csv: csvText(resultSheet(ruleset, rows, describeProblemZh)),
    problems: problems.slice(0, PROBLEM_LIMIT),
    problemCount: problems.length,
    pages: Math.max(1, Math.ceil(shown.length / PAGE_SIZE)),
  });
}

scope.onmessage = ({ data }) => {
  if (data.type === 'start') start(data.ruleset, data);
  else scope.postMessage({ type: 'page', page: data.page, rows: shown.slice((data.page - 1) * PAGE_SIZE, data.page * PAGE_SIZE) });
};
