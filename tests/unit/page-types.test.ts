import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pageTypeOf, percentile } from '../../scripts/lib/page-types';

describe('benchmark page types and percentiles', () => {
  it.each([
    ['/', '首页'],
    ['/policy/wuhua-2018-5/original/', '政策原文'],
    ['/policy/wuhua-2018-5/goals/', '政策解读'],
    ['/bases/page/3/', '名录分页'],
    ['/bases/synthetic-00001/', '基地页'],
    ['/events/x/', '活动页'],
    ['/events/archive/2026/', '活动归档'],
    ['/science-day/', '节点页'],
    ['/ip/quiz/answers/', '题库全文'],
    ['/ip/quiz/', '知识产权课堂'],
    ['/about/', '其他'],
  ])('%s is a %s', (path, type) => expect(pageTypeOf(path)).toBe(type));

  it.each([
    ['/search/', '搜索'],
    ['/data/', '其他'],
    ['/checker/batch/', '资格自测'],
    ['/policy/departments/science-and-it-bureau/', '部门'],
  ])('%s is a %s, from the route registry', (path, type) => expect(pageTypeOf(path)).toBe(type));

  it('loads under plain Node, as npm run bench runs it (every import it reaches names its .ts file)', () => {
    const run = spawnSync(
      'node_modules/.bin/node',
      ['--input-type=module', '-e', "const m = await import('./scripts/lib/page-types.ts'); console.log(m.pageTypeOf('/bases/page/2/'))"],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('名录分页');
  });

  it('takes the nearest-rank percentile', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });
});
