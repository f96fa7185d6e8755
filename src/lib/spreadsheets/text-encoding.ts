/**
 * How a spreadsheet saved as text (CSV) was encoded, decided the same way by the command-line tools and
 * the batch page in the browser: pure, on TextDecoder alone (GB18030 included: Node's full ICU and every
 * current browser have it).
 */

export type SpreadsheetEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * A file that is UTF-8 in some rows and not in others: typically a UTF-8 sheet with one cell pasted from
 * a GB18030 one. Reading it either way would turn some names into mojibake, so it is refused; each
 * caller says so in its own language. Rows are numbered as Excel numbers them (a quoted line break
 * stays in its row).
 */
export class MixedEncodingError extends Error {
  /** The first row that is not UTF-8. */
  readonly row: number;
  /** A row that is UTF-8 with Chinese text in it (1 for a BOM). */
  readonly utf8Row: number;

  constructor(row: number, utf8Row: number) {
    super(`row ${row} is not UTF-8 but row ${utf8Row} is`);
    this.row = row;
    this.utf8Row = utf8Row;
  }
}

/** NUL bytes: UTF-16 saved without its byte-order mark (which cannot be told apart reliably), or not text at all. */
export class NulBytesError extends Error {
  constructor() {
    super('has NUL bytes: UTF-16 without a byte-order mark, or not a text file');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');
/** Chinese text or full-width punctuation: GB18030 bytes almost never decode as valid UTF-8 with these in them. */
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]/;

function decodesAsUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a text file as Excel writes it in China: UTF-16 when it starts with a byte-order mark
 * ("Unicode text"), UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GB18030
 * (a superset of GBK/GB2312). Throws MixedEncodingError for a file that is UTF-8 in some rows and not in
 * others, and NulBytesError for UTF-16 without a BOM.
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: SpreadsheetEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  // Text never holds NUL; UTF-16 of a comma or a line break does.
  if (bytes.includes(0)) throw new NulBytesError();
  const whole = decodesAsUtf8(bytes);
  if (whole !== undefined) {
    return { text: whole.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  }
  const mixed = mixedEncodingRows(bytes);
  if (mixed) throw new MixedEncodingError(mixed.row, mixed.utf8Row);
  return { text: gb18030.decode(bytes), encoding: 'gb18030' };
}

/**
 * For bytes that are not valid UTF-8 as a whole: the first row that is not UTF-8 and a row that is UTF-8
 * with Chinese in it (or the BOM), when there is one. Works on lines (a newline byte is a newline in both
 * encodings: GB18030 never uses 0x0A or '"' inside a character) and counts rows as CSV does.
 */
function mixedEncodingRows(bytes: Uint8Array): { row: number; utf8Row: number } | undefined {
  let utf8Row = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 1 : 0;
  let badRow = 0;
  let row = 1;
  let quoted = false;
  let start = 0;
  while (start < bytes.length && !(badRow && utf8Row)) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    const line = bytes.subarray(start, end);
    const text = decodesAsUtf8(line);
    if (text === undefined) badRow ||= row;
    else if (!utf8Row && CJK.test(text)) utf8Row = row;
    for (const byte of line) if (byte === 0x22) quoted = !quoted;
    if (!quoted) row += 1;
    start = end;
  }
  return badRow && utf8Row ? { row: badRow, utf8Row } : undefined;
}
