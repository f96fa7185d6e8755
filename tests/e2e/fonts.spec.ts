import { expect, openTemplate, platformFonts, TEMPLATES, test } from './fixtures';

/**
 * Layout checks only mean something when Chinese is drawn in a real Chinese font: without one every
 * character is a tofu box of the wrong width, and nothing fails. So ask Chromium which platform font it
 * actually used for each page's <h1> and first paragraph (CDP CSS.getPlatformFontsForNode), and require
 * Noto CJK (Debian's fonts-noto-cjk, which `npm test` installs) to have drawn every Chinese character.
 */
const CJK_FONT = /^Noto (Sans|Serif)( Mono)? CJK (SC|TC|HK|JP|KR)$/;
const HAN = /\p{Script=Han}/gu;

// One test per template, so a slow machine never runs one long test into its timeout.
for (const template of TEMPLATES) {
  test(`${template.name} (${template.path}) draws its Chinese heading and text in a Noto CJK font, not a fallback`, async ({ page }) => {
    await openTemplate(page, template);
    for (const selector of ['h1', 'main p']) {
      const { text, fonts } = await platformFonts(page, selector);
      const han = text.match(HAN)?.length ?? 0;
      if (selector === 'h1') expect(han, 'Chinese characters in the <h1>').toBeGreaterThan(0);
      if (han === 0) continue;
      const cjkGlyphs = fonts.filter((font) => CJK_FONT.test(font.familyName)).reduce((sum, font) => sum + font.glyphCount, 0);
      expect(cjkGlyphs, `${selector} "${text.trim().slice(0, 20)}" drawn in ${JSON.stringify(fonts)}`).toBeGreaterThanOrEqual(han);
    }
  });
}
