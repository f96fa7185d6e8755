import type { APIRoute } from 'astro';
import { getInfographic, getInfographicPolicies } from '../../../data/infographic';
import type { PolicyBundle } from '../../../data/policies';

export async function getStaticPaths() {
  return (await getInfographicPolicies()).map((bundle) => ({ params: { policy: bundle.id }, props: { bundle } }));
}

/** 一图读懂 as SVG, drawn at build from the policy's data. */
export const GET: APIRoute<{ bundle: PolicyBundle }> = async ({ props, site }) =>
  new Response((await getInfographic(props.bundle, site)).svg, { headers: { 'Content-Type': 'image/svg+xml' } });
