import iconv from 'iconv-lite';

/**
 * Decodes a text file as Excel writes it in China: UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, otherwise GB18030 (a superset of GBK/GB2312).
 */
export function decodeSpreadsheetText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030' };
  }
}
