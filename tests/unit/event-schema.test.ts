import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/lib/content/validation';
import { EventSchema } from '../../src/schemas/event';

const good = {
  title: '示例：知识产权进校园讲座',
  kind: '知识产权宣传周',
  start: '2027-04-22T14:30',
  end: '2027-04-22T16:00',
  venue: { base: 'sample-huguo-ip-center' },
  audiences: ['初中'],
  admission: '公众',
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
    expect(
      problems({
        ...good,
        start: '2027-09-18',
        end: '2027-09-19',
        venue: { name: '示例广场', address: '五华区示例路 1 号', subdistrict: '华山' },
      }),
    ).toBe('');
  });

  it('takes a bare date from front matter (a Date at UTC midnight) as that date', () => {
    const parsed = EventSchema.parse({ ...good, start: new Date('2027-09-18T00:00:00Z'), end: new Date('2027-09-19T00:00:00Z') });
    expect([parsed.start, parsed.end]).toEqual(['2027-09-18', '2027-09-19']);
  });

  it('refuses an unquoted date-time that front matter turned into a Date, instead of keeping only its day', () => {
    expect(problems({ ...good, start: new Date('2027-04-22T14:30:00Z'), end: new Date('2027-04-22T16:00:00Z') })).toMatch(
      /field start: 时间要加引号写成 "YYYY-MM-DDTHH:MM"/,
    );
  });

  it.each([
    [
      'an end before the start',
      { end: '2027-04-22T13:00' },
      /field end: 结束时间（2027-04-22T13:00）早于开始时间（2027-04-22T14:30） \(value: "2027-04-22T13:00"\)/,
    ],
    ['a timed start with an all-day end', { end: '2027-04-23' }, /field end: 开始和结束要么都只写日期/],
    ['an impossible time', { start: '2027-04-22T25:00' }, /field start: 不是有效的日期或时间.* \(value: "2027-04-22T25:00"\)/],
    ['an unknown kind', { kind: '联欢会' }, /field kind: 活动类型不在可选范围内.* \(value: "联欢会"\)/],
    [
      'a registration deadline after the start',
      { registration: { required: true, deadline: '2027-04-23' } },
      /field registration\.deadline: 报名截止（2027-04-23）晚于活动开始（2027-04-22T14:30）/,
    ],
    ['a cancellation without a note', { status: 'cancelled' }, /field statusNote: 取消、延期或改为线上时/],
    ['a venue that is neither a place nor an address', { venue: { base: 'x', address: '五华区' } }, /field venue/],
    [
      'no admission',
      { admission: undefined },
      /field admission: 缺少“谁可以参加”：请写 admission: 公众（对公众开放）、本校学生（仅限举办学校本校的学生）或 受邀（仅限受邀人员） \(value: \(missing\)\)/,
    ],
    [
      'an unknown admission',
      { admission: '全体' },
      /field admission: “谁可以参加”只能是 公众、本校学生 或 受邀（值："全体"） \(value: "全体"\)/,
    ],
    [
      'a public way to register for a school-only event',
      { admission: '本校学生' },
      /field registration: “谁可以参加”是本校学生的活动不对公众开放，不能写公开的报名方式/,
    ],
    [
      'a public way to register for an invitation-only event',
      { admission: '受邀' },
      /field registration: “谁可以参加”是受邀的活动不对公众开放/,
    ],
    [
      'a school-only event for the public',
      { admission: '本校学生', registration: undefined, audiences: ['初中', '公众'] },
      /field audiences\.1: 仅限本校学生的活动，适合对象只能是 小学、初中、高中（值：公众） \(value: "公众"\)/,
    ],
    [
      'a new time for an event that is not postponed',
      { newTime: { start: '2027-05-08T14:30', end: '2027-05-08T16:00' } },
      /field newTime: 只有延期（status: postponed）的活动才写新时间 newTime（现在的状态：scheduled）/,
    ],
    [
      'a new time before the old one',
      { status: 'postponed', statusNote: '改期', newTime: { start: '2027-04-21T14:30', end: '2027-04-21T16:00' } },
      /field newTime\.start: 延期后的开始时间（2027-04-21T14:30）不晚于原定开始时间（2027-04-22T14:30） \(value: "2027-04-21T14:30"\)/,
    ],
    [
      'a new time that ends before it starts',
      { status: 'postponed', statusNote: '改期', newTime: { start: '2027-05-08T14:30', end: '2027-05-08T12:00' } },
      /field newTime\.end: 结束时间（2027-05-08T12:00）早于开始时间（2027-05-08T14:30）/,
    ],
    [
      'a watch link for an event held on site',
      { onlineUrl: 'https://example.test/live' },
      /field onlineUrl: 只有改为线上（status: moved-online）的活动才写观看网址 onlineUrl（现在的状态：scheduled）/,
    ],
    [
      'a registration link that runs script',
      { registration: { required: true, url: 'javascript:alert(1)' } },
      /field registration\.url: 网址不能用 javascript:，只能用 https:、http:、tel:、mailto: 开头（值："javascript:alert\(1\)"）/,
    ],
    [
      'a watch link that is a data: URL',
      { status: 'moved-online', statusNote: '改为线上', onlineUrl: 'data:text/html,x' },
      /field onlineUrl: 网址不能用 data:/,
    ],
    [
      'a watch link that is not a URL',
      { status: 'moved-online', statusNote: '改为线上', onlineUrl: '直播间' },
      /field onlineUrl: 不是完整的网址，应以 https:、http:、tel:、mailto: 开头（值："直播间"）/,
    ],
  ])('refuses %s, naming field and value', (_, over, message) => {
    expect(problems({ ...good, ...over })).toMatch(message);
  });

  it('accepts a school-only event with no public registration, and a postponed one whose deadline fits its new time', () => {
    expect(problems({ ...good, admission: '本校学生', registration: undefined })).toBe('');
    expect(problems({ ...good, admission: '受邀', registration: undefined, audiences: ['企业'] })).toBe('');
    const postponed = {
      ...good,
      status: 'postponed',
      statusNote: '场地维修',
      newTime: { start: '2027-05-08T14:30', end: '2027-05-08T16:00' },
    };
    expect(problems({ ...postponed, registration: { required: true, deadline: '2027-05-06T17:00' } })).toBe('');
    expect(problems({ ...postponed, registration: { required: true, deadline: '2027-05-09' } })).toMatch(
      /field registration\.deadline: 报名截止（2027-05-09）晚于活动开始（2027-05-08T14:30）/,
    );
    expect(problems({ ...good, status: 'moved-online', statusNote: '改为线上直播', onlineUrl: 'https://example.test/live' })).toBe('');
  });
});
