/**
 * A roster file as the batch page receives it (the bytes of a CSV, or the cells of an .xlsx's first
 * sheet), up to its header: decoded and split as the imports and the CLI do (spreadsheets/text.ts), the
 * header checked. Everything that makes the whole file unusable is refused here, in Chinese, naming
 * the row or the column; row problems come later, row by row (readRosterRecord).
 */
import { clipForMessage } from '../spreadsheets/cells.ts';
import { describeCsvBytesProblemZh, readCsvBytes } from '../spreadsheets/text.ts';
import { headerProblems } from './roster.ts';
import { problemMessageZh } from './roster-messages.ts';
import type { Ruleset } from './types.ts';

export type RosterInput = { bytes: Uint8Array } | { table: string[][] };

export type OpenedRoster = { header: string[]; records: string[][]; format: string } | { refused: string[] };

const SAVE_AGAIN = '请在 Excel 里另存为“CSV UTF-8（逗号分隔）”后重新选择';

const FORMAT_NAME = {
  'utf-8': 'CSV，UTF-8 编码',
  'utf-16le': 'CSV，UTF-16 编码',
  'utf-16be': 'CSV，UTF-16 编码',
  gb18030: 'CSV，GB18030（GBK）编码',
} as const;

export function openRoster(ruleset: Ruleset, input: RosterInput): OpenedRoster {
  let records: string[][];
  let format = 'Excel 表格（.xlsx，第一个工作表）';
  if ('table' in input) records = input.table;
  else {
    const read = readCsvBytes(input.bytes);
    if (!read.ok) return { refused: [describeCsvBytesProblemZh(read.problem, `${SAVE_AGAIN}。`)] };
    records = read.records;
    format = FORMAT_NAME[read.encoding];
  }
  const first = records[0];
  if (!first || first.every((c) => c.trim() === ''))
    return { refused: ['文件是空的，或者第一行是空的：第一行应当是列名（可以从本页下载模板）。'] };
  const header = first.map((h) => h.trim());
  const problems = headerProblems(ruleset, header);
  if (problems.length)
    return { refused: problems.map((p) => `第 1 行（列名）“${clipForMessage(p.column)}”列：${problemMessageZh(p.message)}。`) };
  return { header, records: records.slice(1), format };
}
