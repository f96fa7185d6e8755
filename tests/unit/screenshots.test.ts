import { describe, expect, it } from 'vitest';
import { contactSheet, screenshotPlan, SCREENSHOT_SETTINGS } from '../../scripts/lib/screenshots.ts';
import { TEMPLATES } from '../e2e/fixtures.ts';

describe('npm run screenshots', () => {
  it('photographs every page template the browser tests know, at 375 px, 1280 px and 375 px with 特大 + 高对比度', () => {
    const plan = screenshotPlan();
    expect(plan.map((shot) => `${shot.template.path} ${shot.setting.id}`)).toEqual(
      [...new Set(TEMPLATES.map((t) => t.path))].flatMap((path) => ['375', '1280', '375-xlarge-high'].map((id) => `${path} ${id}`)),
    );
    expect(new Set(plan.map((shot) => shot.file)).size).toBe(plan.length);
    const special = SCREENSHOT_SETTINGS.find((s) => s.id === '375-xlarge-high');
    expect(JSON.parse(special?.display ?? '{}')).toEqual({ text: 'xlarge', contrast: 'high' });
  });

  it('takes one template by name or path, and refuses a name that is no template', () => {
    expect(screenshotPlan(['home']).map((shot) => shot.file)).toEqual(['home--375.png', 'home--1280.png', 'home--375-xlarge-high.png']);
    expect(screenshotPlan(['/checker/rules/']).map((shot) => shot.template.name)).toEqual(Array(3).fill('checker decision table'));
    // Two template names share /checker/: one page, captioned with both.
    expect(screenshotPlan(['/checker/']).map((shot) => shot.file)).toEqual([
      'section-landing-checker-start--375.png',
      'section-landing-checker-start--1280.png',
      'section-landing-checker-start--375-xlarge-high.png',
    ]);
    expect(() => screenshotPlan(['hoem'])).toThrow('No page template named "hoem"');
  });

  it('writes a contact sheet with relative links and a caption naming page and setting', () => {
    const html = contactSheet(screenshotPlan(['FAQ']), '2026-11-30');
    expect(html).toContain(
      '<figcaption>FAQ · 375 px，特大字号 + 高对比度</figcaption><div class="shot"><a href="faq--375-xlarge-high.png"><img src="faq--375-xlarge-high.png"',
    );
    expect(html).toContain('<code>/policy/wuhua-2018-5/faq/</code>');
    expect(html).not.toMatch(/src="\//);
  });
});
