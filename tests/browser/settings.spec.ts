import { expect, test } from './fixtures';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

test.describe('settings', () => {
  test('are kept in the vault and applied after the next unlock', async ({ page }) => {
    await page.clock.install();
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Lock after this many minutes without use').selectOption('1');
    await page.getByLabel('Text size').selectOption('1.3');
    await page.getByLabel('Screen shown after Quick exit').selectOption('notes');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);

    const scale = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--text-scale').trim(),
    );
    expect(scale).toBe('1.3');
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page).toHaveTitle('Notes');
    await expect(page.getByRole('heading', { name: 'Notes' })).toBeVisible();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Clear' }).click();
    await unlockThroughUi(page);
    // The one-minute auto-lock chosen before the lock is in force again.
    await page.clock.fastForward('01:05');
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  });

  test('the lock screen shows the words the person chose, and they are wiped with everything', async ({
    page,
  }) => {
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Words shown on the lock screen').fill('Shopping list');
    await page.getByLabel('Words shown on the lock screen').blur();
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shopping list');
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shopping list');
    await unlockThroughUi(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('To confirm, type the word delete').fill('delete');
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });

  test('the language can be changed on the lock screen and is remembered', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Language').selectOption('fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('option', { name: 'ภาษาไทย' })).toHaveAttribute('lang', 'th');
  });
});

test.describe('backup reminders', () => {
  test('are off by default; when on, they show after the chosen days and stop after a backup', async ({
    page,
  }) => {
    await page.clock.install({ time: new Date('2026-11-01T10:00:00Z') });
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await page.getByRole('button', { name: 'My plans' }).click();
    const notice = page.getByText('Your plans changed since your last backup');
    await page.clock.setSystemTime(new Date('2026-11-20T10:00:00Z'));
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(notice).toHaveCount(0);

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Remind me to make a backup').selectOption('7');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(notice).toBeVisible();

    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByLabel('Passphrase for this file').fill('file passphrase here');
    await page.getByLabel('Repeat passphrase').fill('file passphrase here');
    await page.getByRole('button', { name: 'Make the backup' }).click();
    await expect(page.getByText('Your backup is ready.')).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'My plans', exact: true }).click();
    await expect(notice).toHaveCount(0);
  });
});
