/**
 * A roster row (one profile per CSV row, as text cells) turned into an answers object. Cells hold the
 * answer field names' values; list fields take several values split by ; | 、 or a comma.
 */
import { LADDER_YEAR_FIELDS } from './ladders.ts';
import type { EligibilityResult, ItemStatus } from './types.ts';

/** Columns that label a row and are not answers. */
export const LABEL_COLUMNS = ['id', 'name', '名称', '编号'] as const;

const NUMBER_FIELDS = new Set<string>(['year', 'rdRank', ...LADDER_YEAR_FIELDS]);
const LIST_FIELDS = new Set(['topics', 'leadingTitles']);

/** Empty cells are left out; numbers and lists are converted; anything else stays text for the schema to judge. */
export function rowToAnswers(row: Record<string, string>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [column, raw] of Object.entries(row)) {
    const cell = raw.trim();
    if ((LABEL_COLUMNS as readonly string[]).includes(column)) continue;
    if (LIST_FIELDS.has(column)) {
      // An empty list cell is an answer too: "none of these".
      answers[column] = cell ? cell.split(/[;|、,，]/).map((v) => v.trim()).filter(Boolean) : [];
      continue;
    }
    if (!cell) continue;
    answers[column] = NUMBER_FIELDS.has(column) && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
  }
  return answers;
}

export const STATUS_LABEL: Record<ItemStatus, string> = {
  eligible: '符合',
  depends: '视情况而定',
  unknown: '待确认',
  ineligible: '不符合',
};

/** One output row per profile: status and amounts of every item of the ruleset, then the total. */
export function resultColumns(items: ReadonlyArray<{ id: string; title: string }>): string[] {
  return ['行号', '名称', ...items.flatMap((i) => [`${i.title}（状态）`, `${i.title}（最低金额）`, `${i.title}（最高金额）`]), '合计最低金额', '合计最高金额', '问题'];
}

export function resultRow(rowNumber: number, label: string, items: ReadonlyArray<{ id: string }>, result: EligibilityResult | undefined, problem = ''): string[] {
  const cells = items.flatMap((item) => {
    const found = result?.items.find((i) => i.id === item.id);
    return found ? [STATUS_LABEL[found.status], String(found.amount.min), String(found.amount.max)] : ['', '', ''];
  });
  return [String(rowNumber), label, ...cells, result ? String(result.total.min) : '', result ? String(result.total.max) : '', problem];
}
