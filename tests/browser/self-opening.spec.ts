import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { goToPlanView, startPlan } from './plan-steps';
import { createVaultThroughUi } from './vault-steps';

const FILE_PASSPHRASE = 'a passphrase only for this file';

/** Opens the saved file from disk in a fresh page, recording every request it makes. */
async function openFromDisk(page: Page, path: string) {
  const requests: string[] = [];
  const violations: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`file://${path}`);
  return { requests, violations, errors };
}

test.describe('the self-opening plan file', () => {
  test('opens from disk with no network, refuses a wrong passphrase, and holds only the chosen copy', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const canary = `555${Date.now() % 10_000_000}`;
    const secret = '416-555-0202';
    await createVaultThroughUi(page);
    await startPlan(page, 'Release-from-detention plan');
    const numbers = page.locator('[data-kind="memoriseNumber"]');
    await numbers.nth(0).getByLabel('Whose number').fill('Lawyer Ana');
    await numbers.nth(0).getByLabel('Number', { exact: true }).fill(canary);
    await numbers.nth(1).getByLabel('Whose number').fill('My sister');
    await numbers.nth(1).getByLabel('Number', { exact: true }).fill(secret);
    await numbers.nth(1).getByLabel('Private — only for me').check();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'My plans' }).click();
    await page.getByRole('button', { name: 'Release-from-detention plan', exact: true }).click();
    await goToPlanView(page);
    await page.getByRole('button', { name: 'Print' }).click();

    const makeFile = async (): Promise<string> => {
      await expect(page.getByText('Anyone who has the file and its passphrase')).toBeVisible();
      await page.getByLabel('Passphrase for this file').fill(FILE_PASSPHRASE);
      await page.getByLabel('Repeat passphrase').fill(FILE_PASSPHRASE);
      const downloading = page.waitForEvent('download', { timeout: 60_000 });
      await page.getByRole('button', { name: 'Make and save the file' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}\.html$/);
      // Playwright keeps downloads without their extension; a browser opens a file by its name.
      const path = join(mkdtempSync(join(tmpdir(), 'pathway-')), download.suggestedFilename());
      copyFileSync((await download.path()) ?? '', path);
      const html = readFileSync(path, 'utf8');
      expect(html).not.toContain(canary);
      expect(html).not.toContain(secret);
      expect(html).not.toContain('Lawyer Ana');
      expect(html).toContain("connect-src 'none'");
      expect(html).toContain('<title>Notes</title>');
      return path;
    };

    const openAndCheck = async (path: string, expectPrivate: boolean) => {
      const reader = await context.newPage();
      const seen = await openFromDisk(reader, path);
      await reader.getByLabel('Passphrase', { exact: true }).fill('not the right one');
      await reader.getByRole('button', { name: 'Open', exact: true }).click();
      await expect(reader.getByRole('alert')).toContainText(
        'That passphrase does not open this file',
        { timeout: 30_000 },
      );
      await reader.getByLabel('Passphrase', { exact: true }).fill(FILE_PASSPHRASE);
      await reader.getByRole('button', { name: 'Open', exact: true }).click();
      await expect(reader.getByText(canary, { exact: false })).toBeVisible({ timeout: 30_000 });
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
        'Release-from-detention plan',
      );
      if (expectPrivate) await expect(reader.locator('body')).toContainText(secret);
      else await expect(reader.locator('body')).not.toContainText(secret);
      await expect(reader.getByRole('button', { name: 'Print' })).toBeVisible();
      // Nothing at all was requested but the file itself.
      expect(seen.requests).toEqual([`file://${path}`]);
      expect(seen.violations).toEqual([]);
      expect(seen.errors).toEqual([]);
      await reader.close();
    };

    // My plan, private answers ticked in.
    await page.getByLabel('Include answers marked “only for me”').check();
    const mine = await makeFile();
    await openAndCheck(mine, true);

    // The trusted contact's sheet: the private answer is not even in the file.
    await page.getByLabel('Sheet for my trusted contact').check();
    await expect(
      page.getByText('It holds only what the plan marks for your trusted contact'),
    ).toBeVisible();
    const theirs = await makeFile();
    await openAndCheck(theirs, false);
  });
});
