import type { APIRoute } from 'astro';
import { baseUrl, getAllBases } from '../../data/bases';
import { toBaseRecord } from '../../lib/bases/import';
import { toIsoDate } from '../../lib/common/dates';
import { buildDate } from '../../data/build-date';

/** The whole list as open data, in the same shape as content/bases/bases.yaml plus each page's URL. */
export const GET: APIRoute = async ({ site }) => {
  const bases = (await getAllBases()).map((entry) => ({ ...toBaseRecord(entry), url: new URL(baseUrl(entry.id), site).href }));
  const body = {
    title: '五华区基地与实验室名录',
    built: toIsoDate(buildDate()),
    note: bases.some((p) => p.sample) ? '标有 "sample": true 的条目是虚构的示例数据，不是真实场所。' : undefined,
    coordinates: 'WGS-84',
    count: bases.length,
    bases,
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
