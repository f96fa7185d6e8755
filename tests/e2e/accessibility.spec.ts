import { expectNoAxeViolations, openTemplate, test, TEMPLATES } from './fixtures';

for (const template of TEMPLATES) {
  test(`${template.name} (${template.path}) has no axe violations`, async ({ page }) => {
    await openTemplate(page, template);
    await expectNoAxeViolations(page);
  });
}

test('the home page has no axe violations in high contrast with the largest text', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('wh-display', JSON.stringify({ text: 'xlarge', contrast: 'high', spacing: 'wide' })));
  await page.reload();
  await expectNoAxeViolations(page);
});
