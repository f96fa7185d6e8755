import { describe, expect, it } from 'vitest';
import { filterToggleLabel } from '../../src/lib/common/filter-toggle';

describe('the 筛选 button of a list page', () => {
  it('says only 筛选 when nothing is chosen, and how many filters are chosen otherwise', () => {
    expect(filterToggleLabel(0)).toBe('筛选');
    expect(filterToggleLabel(1)).toBe('筛选（已选 1 项）');
    expect(filterToggleLabel(2)).toBe('筛选（已选 2 项）');
  });
});
