import type { APIRoute } from 'astro';
import { buildInfographicSvg, getInfographicPolicies, renderInfographicPng } from '../../../data/infographic';
import type { PolicyBundle } from '../../../data/policies';

export async function getStaticPaths() {
  return (await getInfographicPolicies()).map((bundle) => ({ params: { policy: bundle.id }, props: { bundle } }));
}

/** 一图读懂 as a 1080 px wide PNG, the picture to save and forward in WeChat. */
export const GET: APIRoute<{ bundle: PolicyBundle }> = async ({ props, site }) =>
  new Response(await renderInfographicPng(await buildInfographicSvg(props.bundle, site)), { headers: { 'Content-Type': 'image/png' } });
