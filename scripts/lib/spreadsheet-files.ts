/** Reading the spreadsheets staff import (places, events): .xlsx, or CSV in the encodings Excel writes (Node only). */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describeCsvBytesProblemZh, readCsvBytes } from '../../src/lib/spreadsheets/text.ts';
import { sheetCellText } from '../../src/lib/spreadsheets/cells.ts';

export interface Sheet {
  headers: string[];
  rows: string[][];
  /** How the file was read, for the summary line. */
  format: string;
}

const SAVE_AGAIN = '请在 Excel 里另存为“CSV UTF-8（逗号分隔）”后再导入';

/** The first sheet of an .xlsx, or a CSV in UTF-8 (BOM or not), UTF-16 with BOM or GB18030. Throws with the file name. */
export async function readSpreadsheet(file: string): Promise<Sheet> {
  const extension = extname(file).toLowerCase();
  let table: string[][];
  let format: string;
  if (extension === '.xlsx') {
    try {
      table = (await readSheet(readFileSync(file))).map((row) => row.map(sheetCellText));
    } catch (error) {
      throw new Error(`${file}: 不是可读取的 .xlsx 文件：${(error as Error).message}`);
    }
    format = 'xlsx';
  } else if (extension === '.csv') {
    const read = readCsvBytes(readFileSync(file));
    if (!read.ok) throw new Error(`${file}: ${describeCsvBytesProblemZh(read.problem, SAVE_AGAIN)}`);
    table = read.records;
    const { encoding } = read;
    format = `CSV, ${encoding}`;
  } else {
    throw new Error(`${file}: 只能导入 .csv 或 .xlsx 文件（.xls 请先在 Excel 里另存为 .xlsx）`);
  }
  const [headers = [], ...rows] = table;
  return { headers, rows, format };
}
