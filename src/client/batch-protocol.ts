/** The messages between the batch page (batch.ts) and its worker (batch-worker.ts). */
import type { ResultColumn, RosterRow } from '../lib/eligibility/roster';
import type { RosterSummary } from '../lib/eligibility/roster-summary';

/** Rows in one page of the results table. */
export const PAGE_SIZE = 50;
/** Problems listed on the page; all of them are in the download's 问题 column. */
export const PROBLEM_LIMIT = 200;

export type BatchRequest = { type: 'start'; ruleset: string; bytes: ArrayBuffer } | { type: 'page'; page: number };

export type BatchReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'refused'; problems: string[] }
  | {
      type: 'done';
      format: string;
      summary: RosterSummary;
      columns: ResultColumn[];
      csv: string;
      problems: Array<{ row: number; label: string; text: string }>;
      problemCount: number;
      pages: number;
    }
  | { type: 'page'; page: number; rows: RosterRow[] };
