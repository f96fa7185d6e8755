import type { APIRoute } from 'astro';
import { getInfographic, getInfographicPolicies } from '../../../data/infographic';
import type { PolicyBundle } from '../../../data/policies';

export async function getStaticPaths() {
  return (await getInfographicPolicies()).map((bundle) => ({ params: { policy: bundle.id }, props: { bundle } }));
}

/** 一图读懂 as a 1080 px wide PNG, the picture to save and forward in WeChat. */
export const GET: APIRoute<{ bundle: PolicyBundle }> = async ({ props, site }) =>
  new Response((await getInfographic(props.bundle, site)).png, { headers: { 'Content-Type': 'image/png' } });
