import iconv from 'iconv-lite';

/**
 * One CSV text as each kind of file Excel and WPS save (file name → bytes and the encoding the reader
 * should report): UTF-8 with a BOM and without, GB18030, and Excel's "Unicode" (UTF-16 with a BOM).
 */
export function csvInEveryEncoding(csv: string): Record<string, readonly [Buffer, string]> {
  return {
    'bom.csv': [Buffer.from(`\uFEFF${csv}`, 'utf8'), 'utf-8'],
    'plain.csv': [Buffer.from(csv, 'utf8'), 'utf-8'],
    'gb.csv': [iconv.encode(csv, 'gb18030'), 'gb18030'],
    'utf16le.csv': [iconv.encode(csv, 'utf-16le', { addBOM: true }), 'utf-16le'],
    'utf16be.csv': [iconv.encode(csv, 'utf-16be', { addBOM: true }), 'utf-16be'],
  };
}
