import { expect, test } from './fixtures';
import { createVaultThroughUi, PASSPHRASE, unlockThroughUi } from './vault-steps';

test.describe('the vault', () => {
  test('is set up once, locks, refuses a wrong passphrase calmly, and opens again', async ({
    page,
  }) => {
    const recoveryCode = await createVaultThroughUi(page);
    expect(recoveryCode.replace(/[\s-]/g, '').length).toBeGreaterThanOrEqual(20);

    await page.getByRole('button', { name: 'Lock' }).click();
    await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText('did not open');

    await unlockThroughUi(page);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
    await unlockThroughUi(page);
  });

  test('opens with the recovery code, also after the passphrase changed', async ({ page }) => {
    const recoveryCode = await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('New passphrase').fill('a brand new passphrase here');
    await page.getByLabel('Repeat passphrase').fill('a brand new passphrase here');
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(page.getByText('Passphrase changed.')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Lock' }).click();

    // The old passphrase no longer opens the vault.
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toContainText('did not open');

    await page.getByRole('button', { name: 'Use my recovery code instead' }).click();
    // People copy codes by hand: lower case and extra spaces are fine.
    await page.getByLabel('Recovery code').fill(`  ${recoveryCode.toLowerCase()} `);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible({ timeout: 30_000 });
  });

  test('locking ends the crypto worker', async ({ page }) => {
    await createVaultThroughUi(page);
    const before = page.workers();
    expect(before.length).toBeGreaterThan(0);
    const closed = before.map((worker) => new Promise((r) => worker.on('close', r)));
    await page.getByRole('button', { name: 'Lock' }).click();
    await Promise.all(closed);
    // The lock screen starts one fresh worker for the next unlock; it holds no key.
    const after = page.workers();
    for (const worker of before) expect(after).not.toContain(worker);
    expect(after.length).toBeLessThanOrEqual(1);
  });

  test('quick exit locks, and Back never shows the app again', async ({ page }) => {
    await page.goto('/');
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page).toHaveTitle('Calculator');
    await expect(page.getByRole('button', { name: 'Lock' })).toHaveCount(0);
    expect(page.workers()).toEqual([]);
    expect(await page.evaluate(() => history.length)).toBeGreaterThanOrEqual(1);
    await page.goBack().catch(() => undefined);
    await expect(page.getByRole('button', { name: 'Lock' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
  });

  test('locks itself after the chosen time without use', async ({ page }) => {
    await page.clock.install();
    await createVaultThroughUi(page);
    await page.clock.fastForward('04:50');
    await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
    await page.clock.fastForward('00:20');
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  });

  test('delete everything asks for a word, then leaves nothing behind', async ({ page }) => {
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const button = page.getByRole('button', { name: 'Delete everything' });
    await expect(button).toBeDisabled();
    await page.getByLabel('To confirm, type the word delete').fill('delete');
    await button.click();
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
    const databases = await page.evaluate(async () => (await indexedDB.databases()).length);
    expect(databases).toBe(0);
  });
});
