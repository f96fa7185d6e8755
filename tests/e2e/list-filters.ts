import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The 筛选 button (a <summary>) that folds a list page's filters away on a phone. */
export const filterToggle = (page: Page) => page.locator('.filter-disclosure > summary');

/** On a phone the filters are folded behind 筛选; on a wide screen they are always shown. */
export async function showFilters(page: Page): Promise<void> {
  if (await filterToggle(page).isVisible()) await filterToggle(page).click();
}

/** Every visible element of the locator is at least 44×44 CSS px (WCAG 2.5.5, the project's touch target). */
export async function expectTouchTargets(targets: Locator): Promise<void> {
  const boxes = await targets.evaluateAll((elements) =>
    elements
      .filter((e) => e.checkVisibility())
      .map((e) => ({
        what: e.textContent?.trim() || e.getAttribute('name') || e.tagName,
        width: e.getBoundingClientRect().width,
        height: e.getBoundingClientRect().height,
      })),
  );
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes.filter((b) => b.width < 44 || b.height < 44)).toEqual([]);
}
