import { describe, expect, it } from 'vitest';
import { currentNavItem, PRIMARY_NAV } from '../../src/data/navigation';

describe('primary navigation', () => {
  it('lists the six sections in the agreed order', () => {
    expect(PRIMARY_NAV.map((item) => item.label)).toEqual(['首页', '政策解读', '资格自测', '基地与实验室', '活动', '知识产权']);
  });

  it.each([
    ['/', '首页'],
    ['/policy/', '政策解读'],
    ['/policy/original/', '政策解读'],
    ['/checker', '资格自测'],
    ['/events/2027/abc/', '活动'],
    ['/science-day/', '活动'],
    ['/ip/quiz/', '知识产权'],
  ])('marks %s as being in %s', (path, label) => {
    expect(currentNavItem(path)?.label).toBe(label);
  });

  it('marks no section for pages outside the nav', () => {
    expect(currentNavItem('/about/')).toBeUndefined();
    expect(currentNavItem('/policyx/')).toBeUndefined();
    expect(currentNavItem('/ipx/')).toBeUndefined();
  });
});
