import { expect, test } from './fixtures';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

test.describe('two tabs', () => {
  test('opening the vault in a second tab saves and locks the first, so no edit is lost', async ({
    page,
    context,
  }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    const field = page.locator('[data-item] textarea').first();
    await field.fill('typed in the first tab');

    const second = await context.newPage();
    await second.goto('/');
    await unlockThroughUi(second);
    // The first tab saved and locked, and says why.
    await expect(page.getByText('opened in another tab')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();

    await second.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await second.getByRole('button', { name: /^Screening new clients/ }).click();
    const secondField = second.locator('[data-item] textarea').first();
    await expect(secondField).toHaveValue('typed in the first tab');
    await secondField.fill('then changed in the second tab');
    await expect(second.getByText('Saved', { exact: true })).toBeVisible();

    // Back in the first tab: unlocking takes the vault back, with the newer text.
    await unlockThroughUi(page);
    await expect(second.getByRole('button', { name: 'Unlock' })).toBeVisible();
    await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    await expect(page.locator('[data-item] textarea').first()).toHaveValue(
      'then changed in the second tab',
    );
  });
});
