import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { breakAnswerOnWrite, flipByteInAPlan } from './idb-steps';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, dumpStorage, findCanaries, unlockThroughUi } from './vault-steps';

const FILE_PASSPHRASE = 'a passphrase for the backup only';

test.describe('storage faults', () => {
  test('a full disk: a clear message, typing kept, nothing saved damaged, and retry works', async ({
    page,
  }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    const field = page.locator('[data-item] textarea').first();
    await field.fill('saved before the disk filled up');
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();

    // The disk fills up: every write in the crypto worker now fails as a full disk does.
    // (Chromium's quota override does not apply to a site that already stores data, so
    // the error is injected where IndexedDB raises it.)
    const worker = page.workers().find((w) => w.url().includes('crypto'));
    if (!worker) throw new Error('no crypto worker');
    await worker.evaluate(() => {
      const scope = self as unknown as { diskFull: boolean };
      scope.diskFull = true;
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        if (scope.diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await field.fill('written while full');
    await expect(page.getByRole('alert')).toContainText('out of space');
    await expect(field).toHaveValue(/^written while full/);

    // Space comes back: trying again saves it.
    await worker.evaluate(() => {
      (self as unknown as { diskFull: boolean }).diskFull = false;
    });
    await page.getByRole('button', { name: 'Try saving again' }).click();
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);
    await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    await expect(page.locator('[data-item] textarea').first()).toHaveValue(/^written while full/);
  });

  test('a damaged record: the app opens, names it, backs up every other plan, and removes it only when asked', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    await createVaultThroughUi(page);
    for (const title of ['Workplace safety plan', 'Release-from-detention plan']) {
      await startPlan(page, title);
      await page.getByRole('button', { name: 'My plans' }).click();
    }
    await page.getByRole('button', { name: 'Lock' }).click();
    expect(await flipByteInAPlan(page)).toBe(true);
    await unlockThroughUi(page);

    const damaged = page.locator('[data-damaged]');
    await expect(damaged).toHaveCount(1);
    await expect(damaged).toContainText('A damaged plan');
    await expect(damaged).toContainText('Your other plans are fine.');
    // It did not decrypt, so there is nothing to salvage: no such offer.
    await expect(damaged.getByRole('button', { name: 'Save what could be read' })).toHaveCount(0);
    await expectAccessible(page);
    // Exactly one of the two plans is still listed, and it opens.
    const listed = page.locator('.plan-row__open');
    await expect(listed).toHaveCount(1);
    const survivor = (await listed.first().textContent()) ?? '';

    // The offer: a backup of every plan that still opens.
    await damaged.getByRole('button', { name: 'Back up the plans that open' }).click();
    await expect(page.getByText('A damaged plan cannot go in a backup.')).toBeVisible();
    const armored = await makeBackupAsText(page);
    await page.getByRole('button', { name: 'My plans', exact: true }).click();
    await page.getByRole('button', { name: 'Restore from a backup' }).click();
    await page.getByLabel('Or paste the backup text').fill(armored);
    await page.getByLabel('Passphrase of the backup').fill(FILE_PASSPHRASE);
    await page.getByRole('button', { name: 'Open the backup' }).click();
    await expect(page.getByText('It holds:', { exact: false })).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('main ul > li')).toHaveText([survivor]);
    await page.getByRole('button', { name: 'My plans', exact: true }).click();

    // Removing asks first; Cancel keeps it.
    await damaged.getByRole('button', { name: 'Remove damaged plan' }).click();
    await expect(page.getByText('Remove this damaged plan for good?')).toBeFocused();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(damaged).toHaveCount(1);
    await damaged.getByRole('button', { name: 'Remove damaged plan' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(damaged).toHaveCount(0);

    // Gone for good, and the other plan is untouched.
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.reload();
    await unlockThroughUi(page);
    await expect(page.locator('[data-damaged]')).toHaveCount(0);
    await expect(listed).toHaveText([survivor]);
    await listed.first().click();
    await expect(page.getByText(/^Part 1 of \d+$/)).toBeVisible();
  });

  test('a plan that opens but fails its checks: save what could be read as a new plan, back up, remove — nothing readable at rest', async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const kept = `keptcanary${stamp}`;
    const lost = `brokencanary${stamp}`;
    await createVaultThroughUi(page);
    await startPlan(page, 'Release-from-detention plan');
    await page.getByRole('button', { name: 'My plans' }).click();
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    const fields = page.locator('[data-item] textarea');
    await fields.nth(0).fill(kept);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    // A fault in how one answer is stored: that answer no longer passes the plan checks.
    await breakAnswerOnWrite(page, lost);
    await fields.nth(1).fill(lost);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'My plans' }).click();
    await page.getByRole('button', { name: 'Lock' }).click();
    await page.reload();
    await unlockThroughUi(page);

    const damaged = page.locator('[data-damaged]');
    await expect(damaged).toContainText('“Workplace safety plan” is damaged');
    await expect(damaged).toContainText('Part of it can still be read: 1 answer.');
    await damaged.getByRole('button', { name: 'Save what could be read' }).click();
    await expect(damaged.getByRole('status')).toContainText(
      'Saved as a new plan: “Workplace safety plan (saved from damage)”',
    );
    // The damaged record is kept until the person removes it.
    await expect(damaged).toHaveCount(1);
    // Saved once: the offer goes, so a second tap cannot make a second copy.
    await expect(damaged.getByRole('button', { name: 'Save what could be read' })).toHaveCount(0);
    await expectAccessible(page);
    await page.screenshot({ path: '/tmp/faults-damaged.png', fullPage: true });
    const copy = page.getByRole('button', {
      name: 'Workplace safety plan (saved from damage)',
      exact: true,
    });
    await copy.click();
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    await expect(fields.nth(0)).toHaveValue(kept);
    await expect(fields.nth(1)).toHaveValue('');
    await page.getByRole('button', { name: 'My plans' }).click();

    await damaged.getByRole('button', { name: 'Back up the plans that open' }).click();
    await makeBackupAsText(page);
    // After the salvage and the export, nothing readable anywhere in storage.
    expect(findCanaries(await dumpStorage(page), [kept, lost])).toEqual([]);
    await page.getByRole('button', { name: 'My plans', exact: true }).click();
    await damaged.getByRole('button', { name: 'Remove damaged plan' }).click();
    await page.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(damaged).toHaveCount(0);
    await page.getByRole('button', { name: 'Lock' }).click();
    expect(findCanaries(await dumpStorage(page), [kept, lost])).toEqual([]);
    expect(await page.content()).not.toContain(kept);

    await unlockThroughUi(page);
    await expect(page.locator('.plan-row__open')).toHaveText([
      'Workplace safety plan (saved from damage)',
      'Release-from-detention plan',
    ]);
  });
});

/** On the Backup screen: make a backup of all plans and return it as pasteable text. */
async function makeBackupAsText(page: Page): Promise<string> {
  await page.getByLabel('Passphrase for this file').fill(FILE_PASSPHRASE);
  await page.getByLabel('Repeat passphrase').fill(FILE_PASSPHRASE);
  await page.getByRole('button', { name: 'Make the backup' }).click();
  await page.getByRole('button', { name: 'Show as text to paste in a message' }).click();
  return page.getByLabel('Backup as text').inputValue();
}
