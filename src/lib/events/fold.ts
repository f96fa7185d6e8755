/**
 * RFC 5545 §3.1 line folding by octets. The `ics` library folds every 75 characters, and a Chinese
 * character is 3 octets in UTF-8, so its lines run to 225 octets; ical.js's `foldline` counts octets
 * but lets a continuation line reach 76 (the leading space plus 75). This folds each content line to at
 * most 75 octets, the continuation's leading space included, and never inside a UTF-8 sequence.
 */

/** Most octets on one line, not counting its CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75;

const encoder = new TextEncoder();
const octetsOf = (codePoint: string) => encoder.encode(codePoint).length;

/** One unfolded content line folded into lines of at most 75 octets joined by CRLF + space. */
export function foldContentLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  // for…of walks code points, so a surrogate pair (a 4-octet character) stays whole.
  for (const codePoint of line) {
    const size = octetsOf(codePoint);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = '';
      octets = 1; // the space that join() puts in front
    }
    current += codePoint;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

/** Undoes folding (CRLF followed by one space or tab, RFC 5545 §3.1). */
export const unfoldContentLines = (text: string): string => text.replace(/\r\n[ \t]/g, '');

/** A whole iCalendar text, unfolded and folded again by octets; lines end in CRLF. */
export const foldByOctets = (text: string): string =>
  unfoldContentLines(text)
    .split('\r\n')
    .map((line) => (line === '' ? line : foldContentLine(line)))
    .join('\r\n');
