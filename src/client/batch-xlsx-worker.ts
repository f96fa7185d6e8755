/**
 * The batch page's worker for an .xlsx file: the first sheet's cells as text, read here with
 * read-excel-file's worker build, so neither the reader nor the reading ever weighs on the page, and a
 * CSV never loads it.
 */
import { readSheet } from 'read-excel-file/web-worker';
import { sheetCellText } from '../lib/spreadsheets/cells';
import { serveBatch } from './batch-worker-core';

serveBatch(async (bytes) => {
  try {
    return { table: (await readSheet(bytes)).map((row) => row.map(sheetCellText)) };
  } catch {
    return {
      refused: [
        '这个文件不是可以读取的 .xlsx 文件。请在 Excel 里重新保存为 .xlsx（Excel 工作簿），或另存为“CSV UTF-8（逗号分隔）”后再选择。',
      ],
    };
  }
});
