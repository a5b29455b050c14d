import { expect, test } from './fixtures';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

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

  test('a damaged record: the app opens, says so, and every other plan is fine', async ({
    page,
  }) => {
    await createVaultThroughUi(page);
    for (const title of ['Workplace safety plan', 'Release-from-detention plan']) {
      await startPlan(page, title);
      await page.getByRole('button', { name: 'My plans' }).click();
    }
    await page.getByRole('button', { name: 'Lock' }).click();
    // Flip one byte in the middle of one plan record, directly in IndexedDB.
    const flipped = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('app-data');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('records', 'readwrite');
      const store = tx.objectStore('records');
      const rows = await new Promise<{ store: string; id: string; data: Uint8Array }[]>(
        (resolve) => {
          const request = store.getAll();
          request.onsuccess = () => resolve(request.result);
        },
      );
      const row = rows.find((r) => r.store === 'plans');
      if (!row) return false;
      const data = new Uint8Array(row.data);
      const middle = Math.floor(data.length / 2);
      data[middle] = (data[middle] ?? 0) ^ 0x40;
      store.put({ ...row, data });
      await new Promise((resolve) => {
        tx.oncomplete = resolve;
      });
      db.close();
      return true;
    });
    expect(flipped).toBe(true);
    await unlockThroughUi(page);
    await expect(page.getByText('One plan could not be opened')).toBeVisible();
    // Exactly one of the two plans is still listed, and it opens.
    const listed = page.locator('.plan-row__open');
    await expect(listed).toHaveCount(1);
    await listed.first().click();
    await expect(page.getByText(/^Part 1 of \d+$/)).toBeVisible();
  });
});
