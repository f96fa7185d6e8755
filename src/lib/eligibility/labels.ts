/** The words for a result, one set for the page, the print sheet, the CSV and the CLI, so none overclaims. */
import type { ItemStatus } from './types.ts';

export const STATUS_LABEL: Record<ItemStatus, string> = {
  eligible: '可能符合',
  depends: '视情况而定',
  unknown: '需要确认',
  ineligible: '不符合',
};

/** 确定可得 counts items that may be eligible with a fixed sum; 最多可能 adds every item not ruled out, at its most. */
export const TOTAL_LABEL = { certain: '确定可得', possible: '最多可能' } as const;
