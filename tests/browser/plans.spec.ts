import { expect, test } from './fixtures';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

test.describe('my plans', () => {
  test('text typed just before Quick exit is there after unlocking', async ({ page }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    const field = page.locator('[data-item] textarea').first();
    await field.click();
    await page.keyboard.type('typed at the last second');
    // No pause: the autosave delay has not passed yet.
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page).toHaveTitle('Calculator');
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Clear' }).click();
    await unlockThroughUi(page);
    await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    await expect(page.locator('[data-item] textarea').first()).toHaveValue(
      'typed at the last second',
    );
  });

  test('a plan can be duplicated, renamed, deleted and brought back with Undo', async ({
    page,
  }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Release-from-detention plan');
    await page.getByRole('button', { name: 'My plans' }).click();

    await page.getByRole('button', { name: 'More for Release-from-detention plan' }).click();
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(
      page.getByRole('button', { name: 'Copy of Release-from-detention plan', exact: true }),
    ).toBeVisible();

    const copy = page.getByRole('listitem').filter({ hasText: 'Copy of' });
    await copy
      .getByRole('button', { name: 'More for Copy of Release-from-detention plan' })
      .click();
    await copy.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill('For my sister');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByRole('button', { name: 'For my sister', exact: true })).toBeVisible();

    const sister = page.getByRole('listitem').filter({ hasText: 'For my sister' });
    await sister.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('button', { name: 'For my sister', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByRole('button', { name: 'For my sister', exact: true })).toBeVisible();

    // All of it was written to the vault, not just shown.
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);
    await expect(page.getByRole('button', { name: 'For my sister', exact: true })).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Release-from-detention plan', exact: true }),
    ).toBeVisible();
  });

  test('a deleted plan stays deleted when Undo is not used', async ({ page }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: 'My plans' }).click();
    await page.getByRole('button', { name: 'More for Workplace safety plan' }).click();
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);
    await expect(page.getByText('You have no plans yet.', { exact: false })).toBeVisible();
  });

  test('a plan can be completed with the keyboard alone', async ({ page }) => {
    await createVaultThroughUi(page);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const tabTo = async (name: string) => {
      for (let i = 0; i < 250 && (await focused()) !== name; i++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(name);
    };
    await tabTo('New plan');
    await page.keyboard.press('Enter');
    await tabTo('Partner or sponsor safety plan');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Part 1 of/)).toBeVisible();
    // Walk to the status question and answer it with the keyboard.
    await tabTo('Next');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'My immigration status' })).toBeFocused();
    await page.keyboard.press('Tab');
    for (let i = 0; i < 20; i++) {
      const type = await page.evaluate(() => (document.activeElement as HTMLInputElement).type);
      if (type === 'radio') break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio').first()).toBeChecked();
    for (let part = 0; part < 20; part++) {
      const last = (await page.getByRole('button', { name: 'See the whole plan' }).count()) > 0;
      await tabTo(last ? 'See the whole plan' : 'Next');
      await page.keyboard.press('Enter');
      if (last) break;
      // Focus moves to the new part's heading, so a screen reader starts there.
      await expect(page.locator('main h2')).toBeFocused();
    }
    await expect(page.getByRole('button', { name: 'Edit plan' })).toBeVisible();
  });
});
