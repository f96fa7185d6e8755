import type { APIRoute } from 'astro';
import { buildInfographicSvg, getInfographicPolicies } from '../../../data/infographic';
import type { PolicyBundle } from '../../../data/policies';

export async function getStaticPaths() {
  return (await getInfographicPolicies()).map((bundle) => ({ params: { policy: bundle.id }, props: { bundle } }));
}

/** 一图读懂 as SVG, drawn at build from the policy's data. */
export const GET: APIRoute<{ bundle: PolicyBundle }> = async ({ props, site }) =>
  new Response(await buildInfographicSvg(props.bundle, site), { headers: { 'Content-Type': 'image/svg+xml' } });
