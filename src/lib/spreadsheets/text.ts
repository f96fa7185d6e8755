/**
 * A CSV file's bytes as records, for every reader of rosters and sheets (the places and events imports,
 * the batch page, the eligibility CLI): decoded as Excel saves it (text-encoding.ts), split by the one CSV
 * parser (csv-rows.ts). When that fails, the problem says what and where; each reader words it (the
 * Chinese wording is here, `saveAgain` being what to do next in the reader's words).
 */
import { CsvSyntaxError, parseCsvRows, type CsvSyntaxProblem } from './csv-rows.ts';
import { decodeSpreadsheetText, MixedEncodingError, NulBytesError, type SpreadsheetEncoding } from './text-encoding.ts';

export type CsvBytesProblem =
  | { kind: 'mixed-encoding'; row: number; utf8Row: number }
  | { kind: 'nul-bytes'; message: string }
  | { kind: 'syntax'; row: number; problem: CsvSyntaxProblem; message: string };

export type CsvBytesResult = { ok: true; records: string[][]; encoding: SpreadsheetEncoding } | { ok: false; problem: CsvBytesProblem };

export function readCsvBytes(bytes: Uint8Array): CsvBytesResult {
  let decoded: ReturnType<typeof decodeSpreadsheetText>;
  try {
    decoded = decodeSpreadsheetText(bytes);
  } catch (error) {
    if (error instanceof MixedEncodingError)
      return { ok: false, problem: { kind: 'mixed-encoding', row: error.row, utf8Row: error.utf8Row } };
    if (error instanceof NulBytesError) return { ok: false, problem: { kind: 'nul-bytes', message: error.message } };
    throw error;
  }
  try {
    return { ok: true, records: parseCsvRows(decoded.text), encoding: decoded.encoding };
  } catch (error) {
    if (error instanceof CsvSyntaxError)
      return { ok: false, problem: { kind: 'syntax', row: error.row, problem: error.problem, message: error.message } };
    throw error;
  }
}

const CSV_PROBLEM_ZH: Record<CsvSyntaxProblem, string> = {
  'unclosed-quote': '有一个引号（"）没有配对，后面的行都会被读进同一格',
  'text-after-quote': '引号（"）括起来的格子后面还有文字（格子里要写引号时，请写成两个引号 ""）',
  other: '格式不对',
};

/** The problem in Chinese, naming the row, ending with what to do next. */
export function describeCsvBytesProblemZh(problem: CsvBytesProblem, saveAgain: string): string {
  switch (problem.kind) {
    case 'mixed-encoding':
      return `第 ${problem.row} 行不是 UTF-8 编码，而第 ${problem.utf8Row} 行是：文件混用了两种编码（可能粘贴了 GB18030 表格里的内容）。${saveAgain}`;
    case 'nul-bytes':
      return `不是文本 CSV 文件（含有 NUL 字节，可能是没有 BOM 的 UTF-16）。${saveAgain}`;
    case 'syntax':
      return `第 ${problem.row} 行：不是可读取的 CSV 文件：${CSV_PROBLEM_ZH[problem.problem]}。${saveAgain}`;
  }
}
