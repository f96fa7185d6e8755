/** Reading the spreadsheets staff import (places, events): .xlsx, or CSV in the encodings Excel writes (Node only). */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { decodeSpreadsheetText, MixedEncodingError, NulBytesError } from './text-encoding.ts';
import { CsvSyntaxError, parseCsvRows, type CsvSyntaxProblem } from '../../src/lib/csv-rows.ts';

export interface Sheet {
  headers: string[];
  rows: string[][];
  /** How the file was read, for the summary line. */
  format: string;
}

/**
 * Excel cells arrive typed; the import works on text, as a CSV would give it. A date cell holds the wall-clock
 * time it shows (read as UTC): a whole day becomes YYYY-MM-DD, a date with a time (an event's 开始) YYYY-MM-DD HH:MM.
 */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel keeps a time as a fraction of a day: 09:30 comes back as 09:29:59.999 without rounding.
    const iso = new Date(Math.round(value.getTime() / 60_000) * 60_000).toISOString();
    return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/** A CSV file's text, or an error in the import's words naming the file (and the row, for mixed encodings). */
function decodeCsvFile(file: string): ReturnType<typeof decodeSpreadsheetText> {
  try {
    return decodeSpreadsheetText(readFileSync(file));
  } catch (error) {
    if (error instanceof MixedEncodingError) {
      throw new Error(`${file}: 第 ${error.row} 行不是 UTF-8 编码，而第 ${error.utf8Row} 行是：文件混用了两种编码（可能粘贴了 GB18030 表格里的内容）。请在 Excel 里另存为“CSV UTF-8（逗号分隔）”后再导入`);
    }
    if (error instanceof NulBytesError) throw new Error(`${file}: 不是文本 CSV 文件（含有 NUL 字节，可能是没有 BOM 的 UTF-16）。请在 Excel 里另存为“CSV UTF-8（逗号分隔）”后再导入`);
    throw error;
  }
}

const CSV_PROBLEM: Partial<Record<CsvSyntaxProblem, string>> = {
  'unclosed-quote': '有一个引号（"）没有配对，后面的行都会被读进同一格。请在 Excel 里打开、检查这一行后重新保存',
  'text-after-quote': '引号（"）括起来的格子后面还有文字。格子里要写引号时，请写成两个引号（""）',
};

/** The first sheet of an .xlsx, or a CSV in UTF-8 (BOM or not), UTF-16 with BOM or GB18030. Throws with the file name. */
export async function readSpreadsheet(file: string): Promise<Sheet> {
  const extension = extname(file).toLowerCase();
  let table: string[][];
  let format: string;
  if (extension === '.xlsx') {
    try {
      table = (await readSheet(readFileSync(file))).map((row) => row.map(cellText));
    } catch (error) {
      throw new Error(`${file}: 不是可读取的 .xlsx 文件：${(error as Error).message}`);
    }
    format = 'xlsx';
  } else if (extension === '.csv') {
    const { text, encoding } = decodeCsvFile(file);
    try {
      table = parseCsvRows(text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      throw new Error(`${file}: 第 ${error.row} 行：不是可读取的 CSV 文件：${CSV_PROBLEM[error.problem] ?? error.message}`);
    }
    format = `CSV, ${encoding}`;
  } else {
    throw new Error(`${file}: 只能导入 .csv 或 .xlsx 文件（.xls 请先在 Excel 里另存为 .xlsx）`);
  }
  const [headers = [], ...rows] = table;
  return { headers, rows, format };
}
