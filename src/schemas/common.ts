import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/common/dates.ts';
import { SAFE_URL_SCHEMES, urlScheme } from '../lib/content/safe-url.ts';

/**
 * A calendar date written YYYY-MM-DD, as a Date at midnight in Beijing time. YAML data is read
 * without YAML's own timestamp type, so an impossible date reaches this check instead of rolling over.
 * Markdown front matter arrives as a Date already and passes through.
 */
export const calendarDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) return value;
  if (!isCalendarDate(value)) {
    ctx.addIssue({ code: 'custom', message: `不是有效日期（应为真实存在的 YYYY-MM-DD）：${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return new Date(`${value}T00:00:00+08:00`);
});

/** An anchor id on a policy's 原文 page: "s4", "s4-5", "s4-5-3". */
export const clauseId = z
  .string()
  .regex(/^s\d+(-\d+){0,2}$/, { error: (issue) => `不是条款锚点（如 s4-1）：${JSON.stringify(issue.input)}` });

/** A lowercase ASCII id usable in URLs. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: (issue) => `id 只能用小写字母、数字和连字符：${JSON.stringify(issue.input)}` });

/** An enumeration whose error lists the allowed values, in Chinese, for staff fixing content or a spreadsheet. */
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `${what}不在可选范围内（可选：${values.join('、')}）` });

/** A calendar date kept as its "YYYY-MM-DD" text (front matter's Date turned back into text). */
export const calendarDateText = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
  if (!isCalendarDate(text)) {
    ctx.addIssue({ code: 'custom', message: `不是有效日期（应为真实存在的 YYYY-MM-DD）：${JSON.stringify(value)}` });
    return z.NEVER;
  }
  return text;
});

const safeSchemesText = SAFE_URL_SCHEMES.map((scheme) => `${scheme}:`).join('、');

/** Why a text is not a URL content may use, with the value (Markdown front-matter errors do not repeat it). */
function unsafeUrlMessage(input: unknown): string {
  const scheme = typeof input === 'string' ? urlScheme(input) : undefined;
  const problem =
    scheme && !(SAFE_URL_SCHEMES as readonly string[]).includes(scheme) ? `网址不能用 ${scheme}:，只能用` : '不是完整的网址，应以';
  return `${problem} ${safeSchemesText} 开头（值：${JSON.stringify(input)}）`;
}

/**
 * Every URL field in content (预约网址, registration.url, onlineUrl, sources): a complete https, http,
 * tel or mailto URL. A javascript: or data: link would run code or show a page the site never checked.
 */
export const SafeUrlSchema = z.url({
  protocol: new RegExp(`^(${SAFE_URL_SCHEMES.join('|')})$`),
  error: (issue) => unsafeUrlMessage(issue.input),
});

/** A link that may also be a path on this site ("/bases/"), as in a campaign's resources. */
export const SafeHrefSchema = z.string().superRefine((href, ctx) => {
  if (href.startsWith('/') && !href.startsWith('//')) return;
  if (!SafeUrlSchema.safeParse(href).success)
    ctx.addIssue({ code: 'custom', message: `${unsafeUrlMessage(href)}，或写本站路径（如 /bases/）`, input: href });
});
