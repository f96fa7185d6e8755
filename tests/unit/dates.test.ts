import { describe, expect, it } from 'vitest';
import { formatChineseDate, toIsoDate } from '../../src/lib/common/dates';

describe('site dates are Shanghai dates', () => {
  it('formats a date in Chinese', () => {
    expect(formatChineseDate(new Date('2018-05-07T00:00:00+08:00'))).toBe('2018年5月7日');
  });

  it('moves a late-evening UTC time to the next Shanghai day', () => {
    const lateUtc = new Date('2026-04-25T17:30:00Z'); // 01:30 on 26 April in Kunming
    expect(toIsoDate(lateUtc)).toBe('2026-04-26');
    expect(formatChineseDate(lateUtc)).toBe('2026年4月26日');
  });
});
