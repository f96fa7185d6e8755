/**
 * A CSV file's bytes as records, for every reader staff meet (the places and events imports, the batch
 * page): decoded as Excel saves it (text-encoding.ts), split by the one CSV parser (csv-rows.ts), and when
 * that fails, the reason in Chinese naming the row. `saveAgain` is what to do next, in the reader's words.
 */
import { CsvSyntaxError, parseCsvRows, type CsvSyntaxProblem } from './csv-rows.ts';
import { decodeSpreadsheetText, MixedEncodingError, NulBytesError, type SpreadsheetEncoding } from './text-encoding.ts';

const CSV_PROBLEM: Record<CsvSyntaxProblem, string> = {
  'unclosed-quote': '有一个引号（"）没有配对，后面的行都会被读进同一格',
  'text-after-quote': '引号（"）括起来的格子后面还有文字（格子里要写引号时，请写成两个引号 ""）',
  other: '格式不对',
};

export type CsvBytesResult = { ok: true; records: string[][]; encoding: SpreadsheetEncoding } | { ok: false; message: string };

export function readCsvBytes(bytes: Uint8Array, saveAgain: string): CsvBytesResult {
  let decoded: ReturnType<typeof decodeSpreadsheetText>;
  try {
    decoded = decodeSpreadsheetText(bytes);
  } catch (error) {
    if (error instanceof MixedEncodingError) {
      return { ok: false, message: `第 ${error.row} 行不是 UTF-8 编码，而第 ${error.utf8Row} 行是：文件混用了两种编码（可能粘贴了 GB18030 表格里的内容）。${saveAgain}` };
    }
    if (error instanceof NulBytesError) return { ok: false, message: `不是文本 CSV 文件（含有 NUL 字节，可能是没有 BOM 的 UTF-16）。${saveAgain}` };
    throw error;
  }
  try {
    return { ok: true, records: parseCsvRows(decoded.text), encoding: decoded.encoding };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, message: `第 ${error.row} 行：不是可读取的 CSV 文件：${CSV_PROBLEM[error.problem]}。${saveAgain}` };
    throw error;
  }
}
