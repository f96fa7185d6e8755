/** Reading spreadsheets and reading/writing the place list in content/bases/ (Node only). */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { stringify as stringifyYaml } from 'yaml';
import type { BaseRecord } from '../../src/lib/bases/columns.ts';
import { toBaseRecord } from '../../src/lib/bases/import.ts';
import { sheetCellText } from '../../src/lib/spreadsheet-cells.ts';
import { checkYamlEntry, parseYamlEntries } from '../../src/lib/yaml-entries.ts';
import { BaseEntrySchema } from '../../src/schemas/base.ts';
import { decodeSpreadsheetText, MixedEncodingError, NulBytesError } from './text-encoding.ts';

export interface Sheet {
  headers: string[];
  rows: string[][];
  /** How the file was read, for the summary line. */
  format: string;
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
    const { text, encoding } = decodeCsvFile(file);
    try {
      table = parseCsv(text, { relax_column_count: true, skip_empty_lines: false });
    } catch (error) {
      throw new Error(`${file}: 不是可读取的 CSV 文件：${(error as Error).message}`);
    }
    format = `CSV, ${encoding}`;
  } else {
    throw new Error(`${file}: 只能导入 .csv 或 .xlsx 文件（.xls 请先在 Excel 里另存为 .xlsx）`);
  }
  const [headers = [], ...rows] = table;
  return { headers, rows, format };
}

/** The file the import owns. Other YAML files in the folder would make "the list" ambiguous. */
export const BASES_FILE = 'bases.yaml';

/** Every place now in content, in the content form, validated (a broken file stops the import too). */
export function readBaseRecords(dir: string): BaseRecord[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  const others = files.filter((f) => f !== BASES_FILE);
  if (others.length) throw new Error(`${dir}: 名录只能放在 ${BASES_FILE} 一个文件里，另有：${others.join('、')}`);
  if (!files.length) return [];
  const file = join(dir, BASES_FILE);
  // The build's own reading: an entry the build would refuse (a duplicate id too) stops the import.
  const seen = new Map<string, string>();
  return parseYamlEntries(readFileSync(file, 'utf8'), file, { entries: 'list' }).map((entry) => toBaseRecord(checkYamlEntry(entry, BaseEntrySchema, seen)));
}

const HEADER = `# 五华区基地与实验室名录。可以直接编辑本文件，也可以用 \`npm run import:bases -- 表格.xlsx\` 从表格整体导入
# （导入会按表格重写本文件）。字段说明见 src/schemas/base.ts 和 README。
`;

export function serializeBaseRecords(records: readonly BaseRecord[]): string {
  // No anchors/aliases even when records share objects: the file is for people to read and edit.
  return HEADER + stringifyYaml(records, { lineWidth: 0, aliasDuplicateObjects: false });
}

/** Written to a temporary file and renamed, so a crash never leaves half a list. */
export function writeBaseRecords(dir: string, records: readonly BaseRecord[]): void {
  const file = join(dir, BASES_FILE);
  writeFileSync(`${file}.tmp`, serializeBaseRecords(records));
  renameSync(`${file}.tmp`, file);
}
