import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import sharp from 'sharp';
import { infographicData, infographicSvg, INFOGRAPHIC_WIDTH, type InfographicData } from '../lib/policy/infographic';
import { missingCharacters, SHARE_IMAGE_FONT_FAMILY } from '../lib/site/share-image';
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
const drawnText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');

/** What the picture shows, from the policy's data: the page's text version is made from the same. */
export async function getInfographicData(bundle: PolicyBundle, site: URL | undefined): Promise<InfographicData> {
  const [config, departments] = await Promise.all([getSiteConfig(), getDepartmentMap()]);
  const overview = bundle.explainers.find((e) => e.id === `${bundle.id}/overview`);
  return infographicData({
    policy: bundle.policy,
    goals: bundle.goals,
    actions: bundle.actions,
    supports: supportSections(bundle).map(({ section, rules }) => ({ heading: section.heading, rules })),
    departmentName: (id) => departments.get(id)?.name ?? id,
    siteName: config.name,
    pageUrl: new URL(overview ? explainerUrl(overview) : `/policy/${bundle.id}/`, site).href,
  });
}

/** The picture as SVG text. Fails the build, naming them, when the font subset lacks characters it draws. */
async function buildInfographicSvg(bundle: PolicyBundle, site: URL | undefined): Promise<string> {
  const svg = infographicSvg(await getInfographicData(bundle, site));
  font ??= fontkit.openSync(FONT) as fontkit.Font;
  const loaded = font;
  const missing = missingCharacters(drawnText(svg), (codePoint) => loaded.hasGlyphForCodePoint(codePoint));
  if (missing.length)
    throw new Error(
      `一图读懂 of ${bundle.id}: the font subset has no glyph for ${missing.join('')}. Add them to src/assets/fonts/share-image.txt and run scripts/make-share-font.sh.`,
    );
  return svg;
}

/**
 * The picture as a 1080 px wide PNG, drawn with resvg from the committed font only, then reduced to a
 * palette (flat colours and anti-aliased text need few), which keeps the long picture well under 400 KB.
 */
async function renderInfographicPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const png = new Resvg(svg, {
    font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: SHARE_IMAGE_FONT_FAMILY },
    fitTo: { mode: 'width', value: INFOGRAPHIC_WIDTH },
  })
    .render()
    .asPng();
  return new Uint8Array(await sharp(png).png({ palette: true, compressionLevel: 9, effort: 10 }).toBuffer());
}

export interface Infographic {
  svg: string;
  png: Uint8Array<ArrayBuffer>;
  /** The PNG's size in pixels, for the page's <img> (no layout shift). */
  width: number;
  height: number;
}

const built = new Map<string, Promise<Infographic>>();

/** The policy's picture in both formats, drawn once per build and shared by the page and the two routes. */
export function getInfographic(bundle: PolicyBundle, site: URL | undefined): Promise<Infographic> {
  let picture = built.get(bundle.id);
  if (!picture) {
    picture = (async () => {
      const svg = await buildInfographicSvg(bundle, site);
      const height = Number(/<svg [^>]*height="(\d+)"/.exec(svg)?.[1]);
      return { svg, png: await renderInfographicPng(svg), width: INFOGRAPHIC_WIDTH, height };
    })();
    built.set(bundle.id, picture);
  }
  return picture;
}
