import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import * as fontkit from 'fontkit';
import { getSiteConfig } from '../../data/site';
import { SHARE_IMAGES, type RouteData } from '../../data/route-data';
import { missingCharacters, SHARE_IMAGE_FONT_FAMILY, SHARE_IMAGE_SIZE, shareImageSvg } from '../../lib/site/share-image';

// A subset of Noto Sans CJK SC Bold committed with the site (OFL), so no system font is needed.
// Resolved from the project root: the build bundles this module elsewhere, so import.meta.url would not do.
const FONT = resolve('src/assets/fonts/share-image.otf');
let font: fontkit.Font | undefined;

export function getStaticPaths() {
  return SHARE_IMAGES.map((section) => ({ params: { slug: section.slug }, props: { section } }));
}

/** A section's Open Graph image, drawn at build from SVG with resvg. */
export const GET: APIRoute<{ section: RouteData['shareImage'] }> = async ({ props }) => {
  const site = await getSiteConfig();
  const card = { heading: props.section.heading ?? site.name, siteName: site.name, organizer: site.organizer };
  font ??= fontkit.openSync(FONT) as fontkit.Font;
  const loaded = font;
  const missing = missingCharacters(Object.values(card).join(''), (codePoint) => loaded.hasGlyphForCodePoint(codePoint));
  if (missing.length)
    throw new Error(
      `Share image "${props.section.slug}": the font subset has no glyph for ${missing.map((c) => `"${c}"`).join(' ')}. Add them to src/assets/fonts/share-image.txt and run scripts/make-share-font.sh.`,
    );
  const png = new Resvg(shareImageSvg(card), {
    font: { fontFiles: [FONT], loadSystemFonts: false, defaultFontFamily: SHARE_IMAGE_FONT_FAMILY },
    fitTo: { mode: 'width', value: SHARE_IMAGE_SIZE.width },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
