/** Plain-Chinese wording for a base's fields, shared by the detail page and the list. */
import gcoord from 'gcoord';
import type { BaseEntry } from '../../schemas/base.ts';
import { formatChineseDate } from '../common/dates.ts';
import { formatHoursLine } from './hours.ts';

/** "省级，2019年认定，有效期至2027年12月31日" */
export function describeCertification(certification: BaseEntry['certification']): string {
  if (!certification) return '未登记认定级别';
  const validity = certification.validUntil ? `，有效期至${formatChineseDate(certification.validUntil)}` : '';
  return `${certification.level}，${certification.year}年认定${validity}`;
}

/** One line per rule: "周二至周日 09:00–17:00". Empty hours are "没有固定开放时间". */
export function describeOpeningHours(hours: BaseEntry['openingHours']): string[] {
  if (!hours.length) return ['没有固定开放时间'];
  return hours.map((h) => formatHoursLine(h, '–'));
}

/** The booking steps in the order a teacher or parent takes them. */
export function bookingSteps(entry: BaseEntry): string[] {
  const b = entry.booking;
  if (!b || !b.required) {
    const walkIn = ['开放时间内直接前往，不需要预约。'];
    if (b?.schoolGroups) walkIn.push(`学校组织团体参观，请先${b.phone ? `致电 ${b.phone} ` : ''}联系，方便安排讲解。`);
    return walkIn;
  }
  const steps: string[] = [];
  const lead = b.leadDays ? `至少提前 ${b.leadDays} 天` : '提前';
  const how = [b.phone && `致电 ${b.phone}`, b.url && '在预约网页上登记'].filter(Boolean).join('或');
  steps.push(`${lead}${how || '联系场馆'}预约，说明来访日期、人数和年级。`);
  const { min, max } = b.groupSize ?? {};
  if (min !== undefined || max !== undefined) {
    const range = min !== undefined && max !== undefined ? `${min}–${max} 人` : min !== undefined ? `至少 ${min} 人` : `最多 ${max} 人`;
    steps.push(`团体人数为 ${range}；人数更多时请分批预约。`);
  }
  steps.push(b.schoolGroups ? '学校团体请由带队老师预约并随队。' : '本场所不接待学校团体。');
  steps.push('按约定时间到场，凭预约信息入场。');
  return steps;
}

/** Each accessibility feature as "有" or "没有", so absence is stated rather than left out; `means` says what counts. */
export function accessibilityFacts(entry: BaseEntry): Array<{ label: string; available: boolean; means?: string }> {
  const a = entry.accessibility;
  return [
    { label: '无障碍通道', available: a.stepFree, means: '入口没有台阶，或者有坡道、电梯' },
    { label: '休息座椅', available: a.seating },
    { label: '大字版资料', available: a.largePrint },
  ];
}

/**
 * A link that opens the base in 高德地图 (web, or the app where installed). 高德 uses GCJ-02, the
 * offset system mainland maps must use, so the stored WGS-84 position is converted first; without
 * the conversion the pin lands a few hundred metres off.
 */
export function amapUrl(entry: BaseEntry): string | undefined {
  if (!entry.coordinates) return undefined;
  const [lng, lat] = gcoord.transform([entry.coordinates.lng, entry.coordinates.lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  const params = new URLSearchParams({
    position: `${lng.toFixed(6)},${lat.toFixed(6)}`,
    name: entry.name,
    src: 'wuhua-kexie',
    coordinate: 'gaode',
    callnative: '0',
  });
  return `https://uri.amap.com/marker?${params}`;
}
