/**
 * A roster file as the batch page receives it (the bytes of a CSV, or the cells of an .xlsx's first
 * sheet), up to its header: decoded as the CLI decodes it (text-encoding.ts), split into records, the
 * header checked. Everything that makes the whole file unusable is refused here, in Chinese, naming
 * the row or the column; row problems come later, row by row (readRosterRecord).
 */
import { csvRecords, CsvFormatError, type CsvFormatProblem } from '../csv-records.ts';
import { clipForMessage } from '../spreadsheet-cells.ts';
import { decodeSpreadsheetText, MixedEncodingError, NulBytesError } from '../text-encoding.ts';
import { headerProblems } from './roster.ts';
import { problemMessageZh } from './roster-messages.ts';
import type { Ruleset } from './types.ts';

export type RosterInput = { bytes: Uint8Array } | { table: string[][] };

export type OpenedRoster = { header: string[]; records: string[][]; format: string } | { refused: string[] };

const SAVE_AGAIN = '请在 Excel 里另存为“CSV UTF-8（逗号分隔）”后重新选择';

const CSV_PROBLEM_ZH: Record<CsvFormatProblem, string> = {
  unclosed: '有一格以英文双引号 " 开头，却一直没有配对的 " 结束',
  'after-quote': '一格在结束的英文双引号 " 后面还有文字',
  'stray-quote': '一格中间有英文双引号 "，而这一格不是以 " 开头的',
};

const FORMAT_NAME = { 'utf-8': 'CSV，UTF-8 编码', 'utf-16le': 'CSV，UTF-16 编码', 'utf-16be': 'CSV，UTF-16 编码', gb18030: 'CSV，GB18030（GBK）编码' } as const;

export function openRoster(ruleset: Ruleset, input: RosterInput): OpenedRoster {
  let records: string[][];
  let format = 'Excel 表格（.xlsx，第一个工作表）';
  if ('table' in input) records = input.table;
  else {
    let text: string;
    try {
      const decoded = decodeSpreadsheetText(input.bytes);
      text = decoded.text;
      format = FORMAT_NAME[decoded.encoding];
    } catch (error) {
      if (error instanceof MixedEncodingError) return { refused: [`第${error.row}行不是 UTF-8 编码，而第${error.utf8Row}行是：文件混用了两种编码（可能粘贴了 GB18030 表格里的内容）。${SAVE_AGAIN}。`] };
      if (error instanceof NulBytesError) return { refused: [`这不是文本格式的 CSV 文件（含有 NUL 字节，可能是没有 BOM 的 UTF-16，或者根本不是表格）。${SAVE_AGAIN}。`] };
      throw error;
    }
    try {
      records = csvRecords(text);
    } catch (error) {
      if (error instanceof CsvFormatError) return { refused: [`第${error.row}行：${CSV_PROBLEM_ZH[error.kind]}，文件无法按 CSV 读取。${SAVE_AGAIN}。`] };
      throw error;
    }
  }
  const first = records[0];
  if (!first || first.every((c) => c.trim() === '')) return { refused: ['文件是空的，或者第一行是空的：第一行应当是列名（可以从本页下载模板）。'] };
  const header = first.map((h) => h.trim());
  const problems = headerProblems(ruleset, header);
  if (problems.length) return { refused: problems.map((p) => `第1行（列名）“${clipForMessage(p.column)}”列：${problemMessageZh(p.message)}。`) };
  return { header, records: records.slice(1), format };
}
