import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { answerItem, startPlan } from './plan-steps';
import { createVaultThroughUi, dumpStorage, findCanaries, unlockThroughUi } from './vault-steps';

/** Unique strings in several scripts, so every encoding path is exercised. */
function canaries(n: number): string[] {
  const scripts = ['Zq', '安全', '비밀', 'ปลอดภัย', 'Tiếng', 'ñandú'];
  return Array.from(
    { length: n },
    (_, i) => `canary${scripts[i % scripts.length]}${i}x${Date.now() % 100000}`,
  );
}

test.describe('nothing readable at rest', () => {
  test('the storage scan finds a planted canary (so a clean scan means something)', async ({
    page,
  }) => {
    await page.goto('/');
    const [planted = ''] = canaries(1);
    await page.evaluate((text) => localStorage.setItem('probe', text), planted);
    expect(findCanaries(await dumpStorage(page), [planted])).toEqual([planted]);
    await page.evaluate(() => localStorage.removeItem('probe'));
  });

  test('plans full of canaries leave none in IndexedDB, web storage or caches', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await createVaultThroughUi(page);
    const planted: string[] = [];
    for (const title of ['Workplace safety plan', 'Partner or sponsor safety plan']) {
      await startPlan(page, title);
      await page
        .getByRole('button', { name: /^Screening new clients|^My immigration status/ })
        .click();
      const items = page.locator('[data-item]');
      for (let i = 0; i < (await items.count()); i++) {
        const [canary = ''] = canaries(1).map((c) => `${c}i${planted.length}`);
        planted.push(canary);
        await answerItem(items.nth(i), canary);
      }
      // The plan title is private too.
      await page.getByRole('button', { name: 'My plans' }).click();
      const list = page.getByRole('listitem').filter({ hasText: title });
      await list.getByRole('button', { name: `More for ${title}` }).click();
      await list.getByRole('button', { name: 'Rename' }).click();
      const titleCanary = `${canaries(1)[0]}title${planted.length}`;
      planted.push(titleCanary);
      await page.getByLabel('New name').fill(titleCanary);
      await page.getByRole('button', { name: 'Save name' }).click();
      await expect(page.getByRole('button', { name: titleCanary, exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();

    const dump = await dumpStorage(page);
    expect(dump.binaries.length, 'the scan read encrypted records').toBeGreaterThan(0);
    expect(findCanaries(dump, planted)).toEqual([]);
    // Nothing in the page either, after locking.
    const html = await page.content();
    expect(planted.filter((c) => html.includes(c))).toEqual([]);

    // And it all comes back after a reload and unlock.
    await page.reload();
    await unlockThroughUi(page);
    for (const title of planted.filter((c) => c.includes('title'))) {
      await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
    }
  });
});
