import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { infographicData, infographicSvg, INFOGRAPHIC_WIDTH } from '../lib/infographic';
import { missingCharacters, SHARE_IMAGE_FONT_FAMILY } from '../lib/share-image';
import { getDepartmentMap } from './departments';
import { explainerUrl, getPolicies, supportSections, type PolicyBundle } from './policies';
import { getSiteConfig } from './site';

/** Where a policy's 一图读懂 is published; the PNG is the one to save and forward in WeChat. */
export const infographicUrl = (policyId: string, format: 'svg' | 'png') => `/policy/${policyId}/infographic.${format}`;

/** Policies with enough data for a picture: goals, actions and support items. */
export async function getInfographicPolicies(): Promise<PolicyBundle[]> {
  return (await getPolicies()).filter((b) => b.goals.length > 0 && b.actions.length > 0 && b.rules.length > 0);
}

// The share images' font subset (OFL), resolved from the project root as in src/pages/og/.
const FONT = resolve('src/assets/fonts/share-image.otf');
let font: fontkit.Font | undefined;

/** The characters drawn: the text of every <text> element. */
export const drawnText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');

/** The picture as SVG text. Fails the build, naming them, when the font subset lacks characters it draws. */
export async function buildInfographicSvg(bundle: PolicyBundle, site: URL | undefined): Promise<string> {
  const [config, departments] = await Promise.all([getSiteConfig(), getDepartmentMap()]);
  const overview = bundle.explainers.find((e) => e.id === `${bundle.id}/overview`);
  const pageUrl = new URL(overview ? explainerUrl(overview) : `/policy/${bundle.id}/`, site).href;
  const svg = infographicSvg(
    infographicData({
      policy: bundle.policy,
      goals: bundle.goals,
      actions: bundle.actions,
      supports: supportSections(bundle).map(({ section, rules }) => ({ heading: section.heading, rules })),
      departmentName: (id) => departments.get(id)?.name ?? id,
      siteName: config.name,
      pageUrl,
    }),
  );
  font ??= fontkit.openSync(FONT) as fontkit.Font;
  const loaded = font;
  const missing = missingCharacters(drawnText(svg), (codePoint) => loaded.hasGlyphForCodePoint(codePoint));
  if (missing.length)
    throw new Error(`一图读懂 of ${bundle.id}: the font subset has no glyph for ${missing.join('')}. Add them to src/assets/fonts/share-image.txt and run scripts/make-share-font.sh.`);
  return svg;
}

/**
 * The picture as a 1080 px wide PNG, drawn with resvg from the committed font only, then reduced to a
 * palette (flat colours and anti-aliased text need few), which keeps the long picture well under 400 KB.
 */
export async function renderInfographicPng(svg: string): Promise<Uint8Array> {
  const png = new Resvg(svg, {
    font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: SHARE_IMAGE_FONT_FAMILY },
    fitTo: { mode: 'width', value: INFOGRAPHIC_WIDTH },
  })
    .render()
    .asPng();
  return new Uint8Array(await sharp(png).png({ palette: true, compressionLevel: 9, effort: 10 }).toBuffer());
}
