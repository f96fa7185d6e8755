/**
 * Finds the Chinese sentences a reader sees that are written in code (.astro and .ts files) rather than
 * in content/. The rule, which tests/unit/page-words.test.ts applies to the source tree:
 *
 * - A **sentence** is a piece of text that holds a Chinese character and either ends a sentence inside
 *   it (。！？) or runs to LONG_TEXT Chinese characters without one. Short names, labels and table
 *   headings are not sentences.
 * - In an **.astro** file a piece of text is what stands between two block-level tags: the inline tags
 *   (a, strong, em, code, time, span, abbr, br, fragments) do not end it, and a `{…}` expression counts
 *   as part of the text around it, so "依据《{title}》……。" is one sentence. Every string literal in the
 *   front matter and in component props (`hint: '…'`) is a piece of text too.
 * - In a **.ts** file every string literal is a piece of text.
 * - A component's quoted props (`<EventList empty="…" />`) are pieces of text too: they are its words.
 * - **Not** looked at: the labels of controls, that is the text of `<button>`, `<label>`, `<legend>`,
 *   `<option>` and `<summary>`, and HTML attribute values (`aria-label="…"`, `title="…"`, `alt="…"`);
 *   comments, `<script>` and `<style>`.
 */
export const LONG_TEXT = 40;

export interface Sentence {
  /** The text as it stands in the file, whitespace collapsed. */
  text: string;
  /** 1-based line where it starts. */
  line: number;
}

const HAN = /\p{Script=Han}/u;
const SENTENCE_END = /[。！？]/;
const INLINE_TAGS = new Set(['a', 'strong', 'em', 'b', 'i', 'code', 'time', 'span', 'abbr', 'br', 'wbr', 'small', 'sup', 'sub', '']);
const CONTROL_TAGS = new Set(['button', 'label', 'legend', 'option', 'summary']);

export function isSentence(text: string): boolean {
  if (!HAN.test(text)) return false;
  return SENTENCE_END.test(text) || [...text].filter((c) => HAN.test(c)).length >= LONG_TEXT;
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** The string literals of TypeScript source with their offsets, comments skipped. */
export function stringLiterals(code: string, offset = 0, source = code): Sentence[] {
  const found: Sentence[] = [];
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) === -1 ? code.length : code.indexOf('\n', i);
    else if (ch === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) === -1 ? code.length : code.indexOf('*/', i + 2) + 1;
    else if (ch === "'" || ch === '"' || ch === '`') {
      let j = i + 1;
      for (; j < code.length && code[j] !== ch; j++) if (code[j] === '\\') j++;
      found.push({ text: code.slice(i + 1, j), line: lineAt(source, offset + i) });
      i = j;
    }
  }
  return found;
}

/** Where a tag starting at `start` ends (its ">"), skipping quoted attribute values and `{…}` expressions. */
function tagEnd(markup: string, start: number): number {
  let depth = 0;
  let quote = '';
  for (let i = start + 1; i < markup.length; i++) {
    const ch = markup[i]!;
    if (quote) {
      if (ch === quote) quote = '';
    } else if (depth === 0 && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '>' && depth === 0) return i;
  }
  return markup.length - 1;
}

/** `{…}` expressions inside a tag (component props), where string literals are looked for. */
function tagExpressions(tag: string): Array<[offset: number, code: string]> {
  const found: Array<[number, string]> = [];
  let depth = 0;
  let start = 0;
  let quote = '';
  for (let i = 0; i < tag.length; i++) {
    const ch = tag[i]!;
    if (depth === 0 && quote) {
      if (ch === quote) quote = '';
    } else if (depth === 0 && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === '{') {
      if (depth++ === 0) start = i + 1;
    } else if (ch === '}' && --depth === 0) found.push([start, tag.slice(start, i)]);
  }
  return found;
}

/** Quoted prop values of a component tag (`name="…"`), outside `{…}` expressions, with their offsets. */
function quotedProps(tag: string): Array<[name: string, value: string, offset: number]> {
  const found: Array<[string, string, number]> = [];
  let depth = 0;
  for (let i = 0; i < tag.length; i++) {
    const ch = tag[i]!;
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (depth === 0 && (ch === '"' || ch === "'") && tag[i - 1] === '=') {
      const end = tag.indexOf(ch, i + 1);
      found.push([/([\w-]+)=$/.exec(tag.slice(0, i))?.[1] ?? '', tag.slice(i + 1, end), i]);
      i = end;
    }
  }
  return found;
}

/** Blanks a match out, keeping its newlines so line numbers stay true. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** The Chinese sentences in one .astro or .ts file's source. */
export function sentencesIn(path: string, source: string): Sentence[] {
  if (!path.endsWith('.astro')) return stringLiterals(source).filter((s) => isSentence(s.text));
  const fence = source.startsWith('---') ? source.indexOf('\n---', 3) : -1;
  const frontEnd = fence === -1 ? 0 : fence + 4;
  const found = fence === -1 ? [] : stringLiterals(source.slice(3, fence), 3, source);
  const markup =
    blank(source.slice(0, frontEnd)) +
    source
      .slice(frontEnd)
      .replace(/<(script|style)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, blank)
      .replace(new RegExp(`<(${[...CONTROL_TAGS].join('|')})\\b[\\s\\S]*?</\\1>`, 'g'), blank);
  let text = '';
  let textStart = 0;
  const flush = () => {
    if (text.trim()) found.push({ text: text.replace(/\s+/g, ' ').trim(), line: lineAt(source, textStart) });
    text = '';
  };
  for (let i = 0; i < markup.length; i++) {
    const ch = markup[i]!;
    if (ch === '<' && /[A-Za-z/>]/.test(markup[i + 1] ?? '')) {
      const end = tagEnd(markup, i);
      const tag = markup.slice(i, end + 1);
      for (const [offset, code] of tagExpressions(tag)) found.push(...stringLiterals(code, i + offset, source));
      const tagName = /^<\/?([A-Za-z][\w.-]*)?/.exec(tag)?.[1] ?? '';
      // A component's props are its words (EventList's `empty="…"`), not HTML attributes.
      if (/^[A-Z]/.test(tagName)) for (const [, value, at] of quotedProps(tag)) found.push({ text: value, line: lineAt(source, i + at) });
      const name = tagName.toLowerCase();
      if (!INLINE_TAGS.has(name)) flush();
      i = end;
    } else {
      if (!text.trim()) textStart = i;
      text += ch;
    }
  }
  flush();
  return found.filter((s) => isSentence(s.text));
}
