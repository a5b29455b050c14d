import { readFileSync } from 'node:fs';
import { expect, isLocal, test } from './fixtures';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, dumpStorage, findCanaries } from './vault-steps';

const FILE_PASSPHRASE = 'a passphrase for the file only';

test.describe('backups', () => {
  test('a backup made on one phone opens on another, says what is in it, and merges without overwriting', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const canary = `backupcanary${Date.now()}`;
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    await page.locator('[data-item] textarea').first().fill(canary);
    await page.getByRole('button', { name: 'My plans', exact: true }).click();

    await page.getByRole('button', { name: 'Back up or move my plans' }).click();
    await expect(page.getByRole('note')).toContainText(
      'Anyone who has the file and its passphrase',
    );
    await page.getByLabel('Passphrase for this file').fill(FILE_PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill(FILE_PASSPHRASE);
    await page.getByRole('button', { name: 'Make the backup' }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save the file' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^backup-\d{4}-\d{2}-\d{2}\.pathway$/);
    const file = (await download.path()) ?? '';
    const bytes = readFileSync(file);
    // Encrypted: the answer is nowhere in the file.
    expect(bytes.includes(Buffer.from(canary))).toBe(false);
    await page.getByRole('button', { name: 'Show as text to paste in a message' }).click();
    const armored = await page.getByLabel('Backup as text').inputValue();
    expect(armored).toContain('-----BEGIN PATHWAY BACKUP-----');

    // A new phone: another browser profile with its own vault.
    const origin = new URL(page.url()).origin;
    const other = await browser.newContext({ baseURL: origin });
    const offOrigin: string[] = [];
    other.on('request', (r) => {
      if (!isLocal(r.url(), origin)) offOrigin.push(r.url());
    });
    const phone = await other.newPage();
    await createVaultThroughUi(phone, 'the new phone passphrase here');
    await phone.getByRole('button', { name: 'Restore from a backup' }).click();
    await phone.getByLabel('Backup file').setInputFiles(file);
    await phone.getByLabel('Passphrase of the backup').fill('not the right one');
    await phone.getByRole('button', { name: 'Open the backup' }).click();
    await expect(phone.getByRole('alert')).toContainText('does not open this backup');
    await phone.getByLabel('Passphrase of the backup').fill(FILE_PASSPHRASE);
    await phone.getByRole('button', { name: 'Open the backup' }).click();
    await expect(phone.getByText('It holds:', { exact: false })).toBeVisible({ timeout: 30_000 });
    await expect(
      phone.getByRole('listitem').filter({ hasText: 'Workplace safety plan' }),
    ).toBeVisible();
    await phone.getByRole('button', { name: 'Add to my plans' }).click();
    await expect(phone.getByText('Your plans were added')).toBeVisible();
    await phone.getByRole('button', { name: 'My plans', exact: true }).click();
    await phone.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await phone.getByRole('button', { name: /^Screening new clients/ }).click();
    await expect(phone.locator('[data-item] textarea').first()).toHaveValue(canary);

    // Change it on the new phone, then restore the pasted text again: both are kept.
    await phone.locator('[data-item] textarea').first().fill('changed on the new phone');
    await expect(phone.getByText('Saved', { exact: true })).toBeVisible();
    await phone.getByRole('button', { name: 'My plans', exact: true }).click();
    await phone.getByRole('button', { name: 'Restore from a backup' }).click();
    await phone.getByLabel('Or paste the backup text').fill(`Here it is:\r\n${armored}\r\nbye`);
    await phone.getByLabel('Passphrase of the backup').fill(FILE_PASSPHRASE);
    await phone.getByRole('button', { name: 'Open the backup' }).click();
    await expect(phone.getByText('is already on this phone')).toBeVisible({ timeout: 30_000 });
    await phone.getByRole('button', { name: 'Add to my plans' }).click();
    await phone.getByRole('button', { name: 'My plans', exact: true }).click();
    await expect(
      phone.getByRole('button', { name: 'Workplace safety plan', exact: true }),
    ).toBeVisible();
    await expect(
      phone.getByRole('button', { name: 'Workplace safety plan (from backup)', exact: true }),
    ).toBeVisible();
    // Nothing readable at rest on the new phone either.
    await phone.getByRole('button', { name: 'Lock' }).click();
    expect(findCanaries(await dumpStorage(phone), [canary])).toEqual([]);
    await other.close();
    expect(offOrigin).toEqual([]);
  });
});
