import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startPlan } from './plan-steps';
import { createVaultThroughUi } from './vault-steps';

async function noSideways(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
}

test.describe('layout on a small phone', () => {
  test('works at 200 % zoom (a 180 px wide page) without sideways scrolling', async ({ page }) => {
    await createVaultThroughUi(page);
    await page.setViewportSize({ width: 180, height: 320 });
    await noSideways(page);
    await startPlan(page, 'Release-from-detention plan');
    for (let part = 0; part < 12; part++) {
      await noSideways(page);
      const next = page.getByRole('button', { name: 'Next', exact: true });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    await page.getByRole('button', { name: 'My plans' }).click();
    await page.getByRole('button', { name: 'Settings' }).click();
    await noSideways(page);
  });

  test('every control is at least 44 px tall to tap', async ({ page }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Release-from-detention plan');
    const small = await page.evaluate(() => {
      const targets = document.querySelectorAll<HTMLElement>(
        'button, select, input[type=text], input[type=tel], input[type=date], textarea, label:has(> input[type=radio]), label:has(> input[type=checkbox]), .private-toggle',
      );
      return [...targets]
        .filter((el) => el.offsetParent !== null && el.getBoundingClientRect().height < 44)
        .map((el) => `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`);
    });
    expect(small).toEqual([]);
  });

  test('nothing moves while typing, and nothing animates with reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    const next = page.getByRole('button', { name: 'Next', exact: true });
    const field = page.locator('[data-item] textarea').first();
    // Positions in the page, not the viewport, so scrolling to the field does not count.
    const top = (locator: typeof field) =>
      locator.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    await field.click();
    const before = await top(field);
    const nextBefore = await top(next);
    await page.keyboard.type('checking the number first');
    expect(await top(field)).toBe(before);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    expect(await top(field)).toBe(before);
    expect(await top(next)).toBe(nextBefore);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});
