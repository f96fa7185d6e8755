/**
 * What the batch page's workers share: reading the roster and evaluating every row off the page's
 * thread, so a 10,000-row roster never freezes the page. A worker reports progress, then the summary,
 * the results CSV and the problems; the table asks for one page of rows at a time, so the page never
 * holds them all. Each worker only says how its kind of file becomes input (batch-worker.ts: CSV;
 * batch-xlsx-worker.ts: .xlsx, with the Excel reader, loaded only for an .xlsx). Nothing here makes a
 * request: the file stays on the device.
 */
import { csvText, readRosterRecord, resultColumns, resultSheet, type RosterRow } from '../lib/eligibility/roster';
import { openRoster, type OpenedRoster, type RosterInput } from '../lib/eligibility/roster-file';
import { describeProblemZh } from '../lib/eligibility/roster-messages';
import { problemsFirst, rosterSummary } from '../lib/eligibility/roster-summary';
import type { Ruleset } from '../lib/eligibility/types';
import { PAGE_SIZE, PROBLEM_LIMIT, type BatchReply, type BatchRequest } from './batch-protocol';

type WorkerScope = { postMessage(message: BatchReply): void; onmessage: ((event: MessageEvent<BatchRequest>) => void) | null };

/** Answers the page: `toInput` turns the file's bytes into rows of cells, or says why it cannot (in Chinese). */
export function serveBatch(toInput: (bytes: ArrayBuffer) => Promise<RosterInput | { refused: string[] }>): void {
  const scope = self as unknown as WorkerScope;
  let shown: RosterRow[] = [];

  function evaluate(ruleset: Ruleset, opened: OpenedRoster): void {
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
    const problems = shown
      .filter((r) => r.problems.length)
      .flatMap((r) => r.problems.map((p) => ({ row: r.row, label: r.label, text: describeProblemZh(p) })));
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
    if (data.type === 'page') {
      scope.postMessage({ type: 'page', page: data.page, rows: shown.slice((data.page - 1) * PAGE_SIZE, data.page * PAGE_SIZE) });
      return;
    }
    const ruleset = JSON.parse(data.ruleset) as Ruleset;
    void toInput(data.bytes).then((input) => evaluate(ruleset, 'refused' in input ? input : openRoster(ruleset, input)));
  };
}
