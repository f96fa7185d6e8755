/**
 * The site's CSV downloads as Excel opens them. Build and Node only: csv-stringify needs Node's Buffer, so
 * it is kept out of cells.ts, which the batch page's worker also loads.
 */
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from './cells.ts';

/**
 * A table as the site's CSV downloads are written: UTF-8 with a BOM (without it Excel on Windows reads the
 * file as GBK), CRLF between rows, every cell with a line break quoted (csv-stringify would leave a bare LF
 * unquoted, and Excel would start a new row there), and no cell Excel would run as a formula.
 */
export function excelCsv(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return `\uFEFF${stringify([[...headers], ...rows.map((row) => row.map(neutraliseFormula))], { record_delimiter: 'windows', quoted_match: /[\r\n]/ })}`;
}
