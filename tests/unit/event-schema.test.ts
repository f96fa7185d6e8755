import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/validation';
import { EventSchema } from '../../src/schemas/event';

const good = {
  title: '示例：知识产权进校园讲座',
  kind: '知识产权宣传周',
  start: '2027-04-22T14:30',
  end: '2027-04-22T16:00',
  venue: { base: 'sample-huguo-ip-center' },
  audiences: ['初中'],
  registration: { required: true, phone: '0871-00000103', deadline: '2027-04-20' },
  organiser: 'market-supervision-bureau',
  summary: '用身边的例子讲清楚专利、商标和著作权。',
  sample: true,
  updated: '2026-11-28',
};
const problems = (event: unknown) => {
  const result = EventSchema.safeParse(event);
  return result.success ? '' : formatIssues('content/events/x.mdx', result.error.issues, event);
};

describe('EventSchema', () => {
  it('accepts a timed event at a listed place and an all-day event at an address', () => {
    expect(problems(good)).toBe('');
    expect(problems({ ...good, start: '2027-09-18', end: '2027-09-19', venue: { name: '示例广场', address: '五华区示例路 1 号', subdistrict: '华山' } })).toBe('');
  });

  it('takes a bare date from front matter (a Date at UTC midnight) as that date', () => {
    const parsed = EventSchema.parse({ ...good, start: new Date('2027-09-18T00:00:00Z'), end: new Date('2027-09-19T00:00:00Z') });
    expect([parsed.start, parsed.end]).toEqual(['2027-09-18', '2027-09-19']);
  });

  it('refuses an unquoted date-time that front matter turned into a Date, instead of keeping only its day', () => {
    expect(problems({ ...good, start: new Date('2027-04-22T14:30:00Z'), end: new Date('2027-04-22T16:00:00Z') })).toMatch(/field start: 时间要加引号写成 "YYYY-MM-DDTHH:MM"/);
  });

  it.each([
    ['an end before the start', { end: '2027-04-22T13:00' }, /field end: 结束时间（2027-04-22T13:00）早于开始时间（2027-04-22T14:30） \(value: "2027-04-22T13:00"\)/],
    ['a timed start with an all-day end', { end: '2027-04-23' }, /field end: 开始和结束要么都只写日期/],
    ['an impossible time', { start: '2027-04-22T25:00' }, /field start: 不是有效的日期或时间.* \(value: "2027-04-22T25:00"\)/],
    ['an unknown kind', { kind: '联欢会' }, /field kind: 活动类型不在可选范围内.* \(value: "联欢会"\)/],
    ['a registration deadline after the start', { registration: { required: true, deadline: '2027-04-23' } }, /field registration\.deadline: 报名截止晚于活动开始/],
    ['a cancellation without a note', { status: 'cancelled' }, /field statusNote: 取消、延期或改为线上时/],
    ['a venue that is neither a place nor an address', { venue: { base: 'x', address: '五华区' } }, /field venue/],
  ])('refuses %s, naming field and value', (_, over, message) => {
    expect(problems({ ...good, ...over })).toMatch(message);
  });
});
