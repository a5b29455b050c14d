import type { Page } from '@playwright/test';
import { LANGUAGES } from '../../src/i18n/languages';
import { expect, test } from './fixtures';
import { createVaultThroughUi, PASSPHRASE } from './vault-steps';

/** Characters on screen that draw as the missing-glyph box (see fonts.spec.ts). */
function missingGlyphs(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const family = getComputedStyle(document.body).fontFamily;
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 48;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return ['no canvas'];
    const draw = (text: string) => {
      context.clearRect(0, 0, 48, 48);
      context.font = `32px ${family}`;
      context.fillText(text, 4, 36);
      return context.getImageData(0, 0, 48, 48).data.join(',');
    };
    const missing = [draw('\uE000'), draw('\uE001')];
    const chars = new Set((document.body.textContent ?? '').replace(/\s/g, ''));
    return [...chars].filter((c) => !/\p{M}/u.test(c) && missing.includes(draw(c)));
  });
}

test.describe('every language', () => {
  test('typing survives a language switch', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Passphrase', { exact: true }).fill('half typed');
    await page.getByLabel('Language').selectOption('ko');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('input[type=password]').first()).toHaveValue('half typed');
  });

  test('lock screen, home and a plan screen render in all ten, without missing glyphs or axe violations', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(240_000);
    await createVaultThroughUi(page);
    for (const { tag } of LANGUAGES) {
      await page.locator('.top-bar .button').first().click(); // Settings (home's first action)
      await page.locator('.language-picker select').first().selectOption(tag);
      await expect(page.locator('html')).toHaveAttribute('lang', tag);
      await page.locator('.top-bar .button').first().click(); // Back to home
      await expect(page.locator('.plan-list')).toBeAttached();
      await expectAccessible(page);
      expect(await missingGlyphs(page), `${tag} home`).toEqual([]);

      await page.locator('main .button--primary').first().click(); // New plan
      await page.locator('.language-picker select').first().selectOption(tag);
      await page.locator('.plan-row__open').first().click();
      await page.locator('.section-list__item').nth(1).click();
      await expect(page.locator('[data-item]').first()).toBeVisible();
      await expectAccessible(page);
      expect(await missingGlyphs(page), `${tag} plan`).toEqual([]);

      // Lock (the top bar's last button), check the lock screen, unlock again.
      await page.locator('.top-bar .button').last().click();
      await expect(page.locator('input[type=password]')).toBeVisible();
      await expectAccessible(page);
      expect(await missingGlyphs(page), `${tag} lock`).toEqual([]);
      await page.locator('input[type=password]').fill(PASSPHRASE);
      await page.locator('form .button--primary').click();
      await expect(page.locator('.plan-list')).toBeAttached({ timeout: 30_000 });
    }
  });
});
