/**
 * Reads a Markdown document (docs/编辑指南.md) into the parts a test checks: its sections, the table
 * under a heading, its fenced code blocks, inline code and links. Plain line scanning: the guide is
 * hand-written Markdown with no nesting beyond a code block inside a list item.
 */

export interface CodeBlock {
  lang: string;
  /** The block's lines, with the list indentation it was written at removed. */
  text: string;
  /** The nearest non-blank line before the opening fence (e.g. "例子，摘自 `content/…`："). */
  lead: string;
}

const FENCE = /^(\s*)```(\S*)\s*$/;

/** The lines outside fenced code blocks, so a `#` comment in a shell example is not a heading. */
function proseLines(markdown: string): string[] {
  let inCode = false;
  return markdown.split('\n').map((line) => {
    if (FENCE.test(line)) {
      inCode = !inCode;
      return '';
    }
    return inCode ? '' : line;
  });
}

export function headings(markdown: string): Array<{ level: number; text: string }> {
  return proseLines(markdown).flatMap((line) => {
    const match = /^(#{1,6})\s+(.+?)\s*$/.exec(line);
    return match ? [{ level: (match[1] as string).length, text: match[2] as string }] : [];
  });
}

/** The text from the heading (exact text, any level) up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const prose = proseLines(markdown);
  const start = prose.findIndex((line) => /^#{1,6}\s/.test(line) && line.replace(/^#+\s+/, '').trim() === heading);
  if (start < 0) throw new Error(`no heading “${heading}” in the document`);
  const level = (/^#+/.exec(prose[start] as string)?.[0] ?? '').length;
  const rest = prose.slice(start + 1).findIndex((line) => {
    const match = /^(#{1,6})\s/.exec(line);
    return match !== null && (match[1] as string).length <= level;
  });
  return lines.slice(start, rest < 0 ? undefined : start + 1 + rest).join('\n');
}

/** The first table right under a heading, as rows of cell text (header row first, separator row dropped). */
export function tableUnder(markdown: string, heading: string): string[][] {
  const lines = section(markdown, heading).split('\n').slice(1);
  const first = lines.findIndex((line) => line.trim().startsWith('|'));
  if (first < 0) throw new Error(`no table under “${heading}”`);
  const rows: string[][] = [];
  for (const line of lines.slice(first)) {
    if (!line.trim().startsWith('|')) break;
    const cells = line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim());
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    rows.push(cells);
  }
  return rows;
}

export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] as string);
    if (!open) continue;
    const indent = (open[1] as string).length;
    const end = lines.findIndex((line, j) => j > i && FENCE.test(line));
    if (end < 0) throw new Error(`unclosed code block at line ${i + 1}`);
    const lead =
      lines
        .slice(0, i)
        .reverse()
        .find((line) => line.trim()) ?? '';
    blocks.push({
      lang: open[2] as string,
      text: lines
        .slice(i + 1, end)
        .map((line) => line.slice(indent))
        .join('\n'),
      lead: lead.trim(),
    });
    i = end;
  }
  return blocks;
}

/** Every `inline code` span outside code blocks. */
export function inlineCode(markdown: string): string[] {
  return proseLines(markdown).flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string));
}

/** Every Markdown link target outside code blocks ("](target)"), including links written inside inline code. */
export function linkTargets(markdown: string): string[] {
  return proseLines(markdown).flatMap((line) => [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] as string));
}
