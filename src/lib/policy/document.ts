/**
 * Splits the plain text of a Chinese government document into its numbered parts (一、), sections
 * (（一）) and items (1.), each with a stable anchor ("s4", "s4-5", "s4-5-3"). Nothing is reworded:
 * every non-blank line of the source comes out once, trimmed, in order (tests hold it to that).
 *
 * Where a section assigns work line by line ("牵头单位：…" then "责任单位：…", as in 三、重点任务), the
 * paragraphs up to each 责任单位 line form a task group with its own anchor ("s3-1-2").
 */

export type BlockRole = 'text' | 'heading' | 'doc-number' | 'signature' | 'date' | 'addressee' | 'lead' | 'support';

export interface Block {
  /** Anchor of this paragraph ("front-3", "s3-1-p4"). */
  id: string;
  text: string;
  role: BlockRole;
}

export type ClauseKind = 'part' | 'section' | 'item' | 'group';

export interface Clause {
  /** Anchor: "s4", "s4-5", "s4-5-3", or "s3-1-2" for a task group. */
  id: string;
  kind: ClauseKind;
  /** The citation as people write it: "四", "四（五）", "四（五）3", "三（一）第2项". */
  label: string;
  /** The clause's own number as printed ("四、", "（五）", "3."); empty for task groups. */
  number: string;
  /** Heading text after the number, for parts and sections. */
  heading: string;
  /** Paragraphs directly in this clause (for an item, its text without the number). */
  blocks: Block[];
  children: Clause[];
}

export interface PolicyDocument {
  /** Everything before the first part: 文号, issuers, covering notice, title, preamble. */
  front: Block[];
  parts: Clause[];
}

const CHINESE_DIGITS = '一二三四五六七八九十';
const PART = new RegExp(`^([${CHINESE_DIGITS}]+)、(.*)$`);
const SECTION = new RegExp(`^（([${CHINESE_DIGITS}]+)）(.*)$`);
const ITEM = /^(\d+)[.．、]\s*(.*)$/;

/** "十二" → 12; only what government documents use (1–99). */
export function chineseNumeral(text: string): number {
  const digit = (c: string | undefined) => (c ? CHINESE_DIGITS.indexOf(c) + 1 : 0);
  if (text === '十') return 10;
  if (text.startsWith('十')) return 10 + digit(text[1]);
  if (text.includes('十')) return digit(text[0]) * 10 + digit(text[2]);
  return digit(text);
}

function frontRole(line: string, next: string | undefined): BlockRole {
  if (/〔\d{4}〕\d+号$/.test(line)) return 'doc-number';
  if (/^\d{4}年\d{1,2}月\d{1,2}日$/.test(line)) return 'date';
  if (next && /^\d{4}年\d{1,2}月\d{1,2}日$/.test(next)) return 'signature';
  if (line.endsWith('：')) return 'addressee';
  if (!/[。；！？]$/.test(line) && line.length <= 60) return 'heading';
  return 'text';
}

function bodyRole(line: string): BlockRole {
  if (line.startsWith('牵头单位')) return 'lead';
  if (line.startsWith('责任单位')) return 'support';
  return 'text';
}

/** Splits the paragraphs of a section that names 牵头单位/责任单位 into task groups. */
function groupTasks(section: Clause): void {
  if (!section.blocks.some((b) => b.role === 'lead')) return;
  const groups: Block[][] = [[]];
  section.blocks.forEach((block, index) => {
    (groups.at(-1) as Block[]).push(block);
    const next = section.blocks[index + 1];
    const closes = block.role === 'support' || (block.role === 'lead' && next?.role !== 'support');
    if (closes && next) groups.push([]);
  });
  section.children = groups.map((blocks, index) => ({
    id: `${section.id}-${index + 1}`,
    kind: 'group',
    label: `${section.label}第${index + 1}项`,
    number: '',
    heading: '',
    blocks,
    children: [],
  }));
  section.blocks = [];
}

export function parsePolicyDocument(source: string): PolicyDocument {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const front: Block[] = [];
  const parts: Clause[] = [];
  let part: Clause | undefined;
  let section: Clause | undefined;
  let item: Clause | undefined;
  const paragraphCount = new Map<string, number>();

  const addBlock = (owner: Clause, text: string) => {
    const count = (paragraphCount.get(owner.id) ?? 0) + 1;
    paragraphCount.set(owner.id, count);
    owner.blocks.push({ id: `${owner.id}-p${count}`, text, role: bodyRole(text) });
  };

  lines.forEach((line, index) => {
    const partMatch = PART.exec(line);
    const sectionMatch = part ? SECTION.exec(line) : null;
    const itemMatch = section || part ? ITEM.exec(line) : null;
    if (partMatch) {
      const n = chineseNumeral(partMatch[1] as string);
      part = {
        id: `s${n}`,
        kind: 'part',
        label: partMatch[1] as string,
        number: `${partMatch[1]}、`,
        heading: (partMatch[2] ?? '').trim(),
        blocks: [],
        children: [],
      };
      parts.push(part);
      section = undefined;
      item = undefined;
    } else if (part && sectionMatch) {
      const n = chineseNumeral(sectionMatch[1] as string);
      section = {
        id: `${part.id}-${n}`,
        kind: 'section',
        label: `${part.label}（${sectionMatch[1]}）`,
        number: `（${sectionMatch[1]}）`,
        heading: (sectionMatch[2] ?? '').trim(),
        blocks: [],
        children: [],
      };
      part.children.push(section);
      item = undefined;
    } else if (itemMatch && (section ?? part)) {
      const owner = (section ?? part) as Clause;
      item = {
        id: `${owner.id}-${itemMatch[1]}`,
        kind: 'item',
        label: `${owner.label}${itemMatch[1]}`,
        number: `${itemMatch[1]}.`,
        heading: '',
        blocks: [],
        children: [],
      };
      owner.children.push(item);
      addBlock(item, (itemMatch[2] ?? '').trim());
    } else if (item) {
      addBlock(item, line);
    } else if (section ?? part) {
      addBlock((section ?? part) as Clause, line);
    } else {
      front.push({ id: `front-${front.length + 1}`, text: line, role: frontRole(line, lines[index + 1]) });
    }
  });
  for (const p of parts) p.children.forEach(groupTasks);
  return { front, parts };
}

/** Every clause in document order, depth first. */
export function allClauses(document: PolicyDocument): Clause[] {
  const out: Clause[] = [];
  const visit = (clause: Clause) => {
    out.push(clause);
    clause.children.forEach(visit);
  };
  document.parts.forEach(visit);
  return out;
}

/** Clause anchors by id, for checking citations. */
export function clauseIndex(document: PolicyDocument): Map<string, Clause> {
  return new Map(allClauses(document).map((clause) => [clause.id, clause]));
}

/** The full text of a clause and everything under it, as one string (for searching figures). */
export function clauseText(clause: Clause): string {
  return [clause.heading, ...clause.blocks.map((b) => b.text), ...clause.children.map(clauseText)].filter(Boolean).join('\n');
}

/** The department names on a 牵头单位/责任单位 line, split on the document's own separators. */
export function splitUnits(line: string): string[] {
  return line
    .replace(/^(牵头单位|责任单位)[：:]/, '')
    .split(/[，、,]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Items in the document order of their clauses (四（五）1 before 四（五）3, whatever their file names). */
export function inClauseOrder<T extends { clause: string }>(items: readonly T[], clauseIds: Iterable<string>): T[] {
  const position = new Map([...clauseIds].map((id, index) => [id, index]));
  return [...items].sort((a, b) => (position.get(a.clause) ?? -1) - (position.get(b.clause) ?? -1));
}
