/**
 * The share image (Open Graph) of a section: a plain card in the site's colours with the section's
 * name, the site's name and the organiser. Pure SVG here; the build renders it to PNG.
 */

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
/** The family name inside the committed font subset (src/assets/fonts/share-image.otf). */
export const SHARE_IMAGE_FONT_FAMILY = 'Noto Sans CJK SC';

export interface ShareCard {
  /** Large: the section, e.g. 基地与实验室. */
  heading: string;
  siteName: string;
  organizer: string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function shareImageSvg(card: ShareCard): string {
  const { width, height } = SHARE_IMAGE_SIZE;
  // Long headings get a smaller size so they stay on one line within the margins.
  const headingSize = Math.min(120, Math.floor((width - 160) / Math.max(1, [...card.heading].length)));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <rect width="${width}" height="${height}" fill="#073a66"/>
  <rect y="${height - 24}" width="${width}" height="24" fill="#9e1c22"/>
  <rect x="80" y="120" width="120" height="12" fill="#ffdd00"/>
  <text x="80" y="${200 + headingSize}" font-family="${SHARE_IMAGE_FONT_FAMILY}" font-weight="700" font-size="${headingSize}" fill="#ffffff">${escapeXml(card.heading)}</text>
  <text x="80" y="480" font-family="${SHARE_IMAGE_FONT_FAMILY}" font-weight="700" font-size="48" fill="#ffffff">${escapeXml(card.siteName)}</text>
  <text x="80" y="550" font-family="${SHARE_IMAGE_FONT_FAMILY}" font-weight="700" font-size="32" fill="#c9d8e6">${escapeXml(card.organizer)}</text>
</svg>`;
}

/** Characters of the text that the font cannot draw, each once, in order. */
export function missingCharacters(text: string, hasGlyph: (codePoint: number) => boolean): string[] {
  return [...new Set([...text].filter((ch) => ch.trim() && !hasGlyph(ch.codePointAt(0)!)))];
}
