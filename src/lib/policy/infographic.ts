/**
 * 一图读懂: a policy's goals, actions and support drawn as one long picture (SVG), the kind people save
 * and forward in WeChat. Pure: data in, SVG text out; the build renders it to PNG with resvg and the
 * committed font subset (see share-image.ts), so every character drawn must be in that subset.
 */
import type { Goal } from '../../schemas/goals.ts';
import { chineseCount, chineseNumeral } from '../common/numerals.ts';
import type { Rule } from '../../schemas/rule.ts';
import type { Action } from '../../schemas/tasks.ts';
import { formatTarget } from './goal-figures.ts';
import { formatYuan } from '../common/money.ts';
import { maximumAmount } from './rule-amounts.ts';

/** 1080 px: the width WeChat shows a long picture at without scaling it down. */
export const INFOGRAPHIC_WIDTH = 1080;

export interface InfographicFigure {
  /** The target's id in goals.yaml, written on the drawn figure so a test can check it against the data. */
  id: string;
  label: string;
  /** The figure alone, large: "4.68%", "7500件". */
  figure: string;
  /** The figure with the plan's own qualifiers: "达到4.68%", "7500件以上". */
  stated: string;
}

export interface InfographicSupportItem {
  /** The rule's id (content/rules/<id>.yaml). */
  id: string;
  title: string;
  /** The most one applicant can get from the item: "最高8万元". */
  sum: string;
}

export interface InfographicData {
  /** The short title, large in the title band. */
  policyTitle: string;
  /** The official title, in the source line. */
  fullTitle: string;
  docNumber: string;
  issuers: string[];
  term: string;
  siteName: string;
  /** The address of the page with the full text, printed at the bottom. */
  pageUrl: string;
  goals: Array<{ heading: string; figures: InfographicFigure[] }>;
  /** The year the goals are set for (the latest, should they differ): "到2020年". */
  goalYear: number;
  actions: Array<{ heading: string; leads: string[] }>;
  supports: Array<{ heading: string; items: InfographicSupportItem[] }>;
}

/** The names of the three parts, counted from the data: 六项目标、六项行动、六类扶持. */
export function partTitles(counts: { goals: number; actions: number; supports: number }) {
  return {
    goals: `${chineseCount(counts.goals)}项目标`,
    actions: `${chineseCount(counts.actions)}项行动`,
    supports: `${chineseCount(counts.supports)}类扶持`,
  };
}

const figureOf = (target: { value: number; unit: string }) => `${target.value}${target.unit}`;
const supportSum = (rule: Pick<Rule, 'amount'>) => `最高${formatYuan(maximumAmount(rule.amount))}`;

/** The drawing's content from the policy's data, so nothing is typed twice. */
export function infographicData(input: {
  policy: { title: string; shortTitle: string; docNumber: string; issuers: string[]; term: { asPrinted: string } };
  goals: Goal[];
  actions: Action[];
  /** The support sections in clause order, each with its rules (supportSections in src/data/policies.ts). */
  supports: Array<{ heading: string; rules: Rule[] }>;
  departmentName: (id: string) => string;
  siteName: string;
  pageUrl: string;
}): InfographicData {
  return {
    policyTitle: input.policy.shortTitle,
    fullTitle: input.policy.title,
    docNumber: input.policy.docNumber,
    issuers: input.policy.issuers,
    term: input.policy.term.asPrinted,
    siteName: input.siteName,
    pageUrl: input.pageUrl,
    goals: input.goals.map((goal) => ({
      heading: goal.heading,
      figures: goal.targets.map((t) => ({ id: t.id, label: t.label, figure: figureOf(t), stated: formatTarget(t) })),
    })),
    goalYear: Math.max(...input.goals.flatMap((goal) => goal.targets.map((t) => t.by))),
    actions: input.actions.map((action) => ({
      heading: action.heading.replace(/^实施/, ''),
      // Every department that leads one of the action's task groups, once, in the original's order.
      leads: [...new Set(action.tasks.flatMap((task) => task.lead))].map(input.departmentName),
    })),
    supports: input.supports.map((section) => ({
      heading: section.heading,
      items: section.rules.map((rule) => ({ id: rule.id, title: rule.title, sum: supportSum(rule) })),
    })),
  };
}

const COLOURS = {
  brand: '#0b4f8a',
  brandDark: '#073a66',
  red: '#9e1c22',
  yellow: '#ffdd00',
  ink: '#1a1a1a',
  muted: '#4a5257',
  surface: '#f2f4f6',
  line: '#c9d1d8',
  onDarkMuted: '#c9d8e6',
} as const;

const FONT = 'Noto Sans CJK SC';
const MARGIN = 60;
const CARD_PADDING = 32;
const CONTENT_WIDTH = INFOGRAPHIC_WIDTH - 2 * MARGIN;

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Width of text in em: CJK and full-width signs are square; Latin letters and digits are taken as 0.62 em to stay on the safe side. */
export function textWidthEm(text: string): number {
  return [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! < 0x2000 ? 0.62 : 1), 0);
}

/**
 * Splits text into lines no wider than maxWidth at this font size: between any two CJK characters, but
 * never inside a number or a Latin word ("2015", "4.68%") and never before closing punctuation.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.match(/[A-Za-z0-9.%:/-]+|./gsu) ?? []) {
    if (line && textWidthEm(line + token) * fontSize > maxWidth && !/^[，。、；：）》”]/.test(token)) {
      lines.push(line);
      line = '';
    }
    line += token;
  }
  if (line) lines.push(line);
  return lines;
}

interface TextOptions {
  size: number;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  attrs?: string;
}

const text = (x: number, y: number, content: string, { size, fill = COLOURS.ink, anchor = 'start', attrs = '' }: TextOptions) =>
  `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}${attrs}>${escapeXml(content)}</text>`;

/** Lines of wrapped text from a top edge; returns the SVG and the height used. */
function paragraph(x: number, top: number, content: string, maxWidth: number, options: TextOptions & { lineHeight?: number }) {
  const lineHeight = options.lineHeight ?? Math.round(options.size * 1.45);
  const lines = wrapText(content, options.size, maxWidth);
  const svg = lines.map((line, i) => text(x, top + i * lineHeight + Math.round(options.size * 1.05), line, options)).join('');
  return { svg, height: lines.length * lineHeight };
}

/** A numbered badge: the item's place in its section. */
const badge = (x: number, top: number, n: number) =>
  `<circle cx="${x + 26}" cy="${top + 26}" r="26" fill="${COLOURS.brand}"/>${text(x + 26, top + 38, String(n), { size: 32, fill: '#ffffff', anchor: 'middle' })}`;

/** A section's banner: "一  六项目标" on the brand colour, with a subtitle under it. */
function sectionBanner(top: number, numeral: string, title: string, subtitle: string) {
  const svg = [
    `<rect x="${MARGIN}" y="${top}" width="${CONTENT_WIDTH}" height="96" rx="8" fill="${COLOURS.brand}"/>`,
    `<rect x="${MARGIN}" y="${top}" width="96" height="96" rx="8" fill="${COLOURS.red}"/>`,
    text(MARGIN + 48, top + 66, numeral, { size: 48, fill: '#ffffff', anchor: 'middle' }),
    text(MARGIN + 128, top + 66, title, { size: 48, fill: '#ffffff' }),
    text(INFOGRAPHIC_WIDTH - MARGIN - 32, top + 62, subtitle, { size: 30, fill: COLOURS.yellow, anchor: 'end' }),
  ].join('');
  return { svg, height: 96 };
}

/** A card with a numbered heading and a body laid out by `body` below it; returns its SVG and height. */
function card(top: number, n: number, heading: string, body: (x: number, top: number, width: number) => { svg: string; height: number }) {
  const innerX = MARGIN + CARD_PADDING;
  const innerWidth = CONTENT_WIDTH - 2 * CARD_PADDING;
  const title = paragraph(innerX + 72, top + CARD_PADDING + 4, heading, innerWidth - 72, { size: 36, lineHeight: 50 });
  const headingHeight = Math.max(52, title.height);
  const content = body(innerX, top + CARD_PADDING + headingHeight + 20, innerWidth);
  const height = CARD_PADDING * 2 + headingHeight + 20 + content.height;
  return {
    svg: [
      `<rect x="${MARGIN}" y="${top}" width="${CONTENT_WIDTH}" height="${height}" rx="12" fill="${COLOURS.surface}" stroke="${COLOURS.line}" stroke-width="2"/>`,
      badge(innerX, top + CARD_PADDING, n),
      title.svg,
      content.svg,
    ].join(''),
    height,
  };
}

function goalFigures(figures: InfographicFigure[], x: number, top: number, width: number) {
  const gap = 24;
  const columnWidth = (width - gap * (figures.length - 1)) / figures.length;
  let height = 0;
  const svg = figures.map((figure, i) => {
    const left = x + i * (columnWidth + gap);
    // The figure is drawn as large as its column allows, up to 72 px.
    const size = Math.min(72, Math.floor((columnWidth * 0.92) / textWidthEm(figure.figure)));
    const big = text(left, top + size, figure.figure, { size, fill: COLOURS.red, attrs: ` data-target="${escapeXml(figure.id)}"` });
    const stated = paragraph(left, top + size + 20, figure.stated, columnWidth, { size: 28, fill: COLOURS.ink });
    const label = paragraph(left, top + size + 24 + stated.height, figure.label, columnWidth, {
      size: 28,
      fill: COLOURS.muted,
      lineHeight: 40,
    });
    height = Math.max(height, size + 24 + stated.height + label.height);
    const rule = i > 0 ? `<rect x="${left - gap / 2 - 1}" y="${top}" width="2" height="HEIGHT" fill="${COLOURS.line}"/>` : '';
    return rule + big + stated.svg + label.svg;
  });
  return { svg: svg.join('').replaceAll('HEIGHT', String(height)), height };
}

function supportItems(items: InfographicSupportItem[], x: number, top: number, width: number) {
  const sumWidth = 300;
  let y = top;
  const svg = items.map((item, i) => {
    const title = paragraph(x, y, item.title, width - sumWidth - 24, { size: 30, lineHeight: 42 });
    const rowHeight = Math.max(56, title.height);
    const divider = i > 0 ? `<rect x="${x}" y="${y - 12}" width="${width}" height="2" fill="${COLOURS.line}"/>` : '';
    const sum = text(x + width, y + 44, item.sum, {
      size: 44,
      fill: COLOURS.red,
      anchor: 'end',
      attrs: ` data-rule="${escapeXml(item.id)}"`,
    });
    y += rowHeight + 24;
    return divider + title.svg + sum;
  });
  return { svg: svg.join(''), height: y - top - 24 };
}

/** The whole long picture. Every figure carries data-target / data-rule so tests can read it back. */
export function infographicSvg(data: InfographicData): string {
  const parts: string[] = [];
  let y = 0;

  // Title band.
  const title = paragraph(MARGIN, 210, data.policyTitle, CONTENT_WIDTH, { size: 56, fill: '#ffffff', lineHeight: 72 });
  const bandHeight = 210 + title.height + 100;
  parts.push(
    `<rect width="${INFOGRAPHIC_WIDTH}" height="${bandHeight}" fill="${COLOURS.brandDark}"/>`,
    text(MARGIN, 90, data.siteName, { size: 30, fill: COLOURS.onDarkMuted }),
    `<rect x="${MARGIN}" y="116" width="120" height="10" fill="${COLOURS.yellow}"/>`,
    text(MARGIN, 200, '一图读懂', { size: 76, fill: '#ffffff' }),
    title.svg,
    text(MARGIN, 210 + title.height + 56, `${data.docNumber}　·　${data.term}`, { size: 30, fill: COLOURS.onDarkMuted }),
    `<rect y="${bandHeight}" width="${INFOGRAPHIC_WIDTH}" height="16" fill="${COLOURS.red}"/>`,
  );
  y = bandHeight + 16 + 56;

  const titles = partTitles({ goals: data.goals.length, actions: data.actions.length, supports: data.supports.length });
  const sections: Array<{ title: string; subtitle: string; cards: Array<{ heading: string; body: Parameters<typeof card>[3] }> }> = [
    {
      title: titles.goals,
      subtitle: `到${data.goalYear}年`,
      cards: data.goals.map((goal) => ({ heading: goal.heading, body: (x, top, width) => goalFigures(goal.figures, x, top, width) })),
    },
    {
      title: titles.actions,
      subtitle: '谁来牵头',
      cards: data.actions.map((action) => ({
        heading: action.heading,
        body: (x, top, width) => {
          const tag = `<rect x="${x}" y="${top - 4}" width="72" height="44" rx="6" fill="${COLOURS.brand}"/>${text(x + 36, top + 28, '牵头', { size: 28, fill: '#ffffff', anchor: 'middle' })}`;
          const leads = paragraph(x + 92, top - 4, action.leads.join('、'), width - 92, { size: 30, lineHeight: 44 });
          return { svg: tag + leads.svg, height: Math.max(44, leads.height) };
        },
      })),
    },
    {
      title: titles.supports,
      subtitle: '每项最高金额',
      cards: data.supports.map((section) => ({
        heading: section.heading,
        body: (x, top, width) => supportItems(section.items, x, top, width),
      })),
    },
  ];

  sections.forEach((section, s) => {
    const banner = sectionBanner(y, chineseNumeral(s + 1), section.title, section.subtitle);
    parts.push(banner.svg);
    y += banner.height + 32;
    section.cards.forEach((c, i) => {
      const drawn = card(y, i + 1, c.heading, c.body);
      parts.push(drawn.svg);
      y += drawn.height + 24;
    });
    y += 40;
  });

  // Source line: what the picture is drawn from and where the full text is.
  const footerTop = y;
  const source = paragraph(
    MARGIN,
    footerTop + 40,
    `来源：${data.issuers.join('、')}印发《${data.fullTitle}》（${data.docNumber}）`,
    CONTENT_WIDTH,
    { size: 28, fill: '#ffffff', lineHeight: 42 },
  );
  const note = paragraph(
    MARGIN,
    footerTop + 40 + source.height + 12,
    '本图是帮助理解的解读，不代替原文；金额为一个申请对象从该项最多可得的数额，以主管部门审核为准。',
    CONTENT_WIDTH,
    { size: 28, fill: COLOURS.onDarkMuted, lineHeight: 42 },
  );
  const siteTop = footerTop + 40 + source.height + 12 + note.height + 24;
  const credit = text(MARGIN, siteTop + 30, `制图：${data.siteName}`, { size: 28, fill: COLOURS.yellow });
  const address = paragraph(MARGIN, siteTop + 42, `全文：${data.pageUrl.replace(/^https?:\/\//, '')}`, CONTENT_WIDTH, {
    size: 28,
    fill: COLOURS.yellow,
    lineHeight: 42,
  });
  const height = siteTop + 42 + address.height + 48;
  parts.push(
    `<rect y="${footerTop}" width="${INFOGRAPHIC_WIDTH}" height="${height - footerTop}" fill="${COLOURS.brandDark}"/>`,
    source.svg,
    note.svg,
    credit,
    address.svg,
  );

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${INFOGRAPHIC_WIDTH}" height="${height}" viewBox="0 0 ${INFOGRAPHIC_WIDTH} ${height}" font-family="${FONT}" font-weight="700">
<title>一图读懂：${escapeXml(data.policyTitle)}</title>
<rect width="${INFOGRAPHIC_WIDTH}" height="${height}" fill="#ffffff"/>
${parts.join('\n')}
</svg>`;
}
