import { expect, test } from './fixtures';
import { startPlan } from './plan-steps';
import { dumpStorage, findCanaries } from './vault-steps';

test.describe('guest session on a shared device', () => {
  test('writes nothing to the device, and ending it leaves nothing behind', async ({
    page,
    expectAccessible,
  }) => {
    const canary = `guestcanary${Date.now()}`;
    await page.goto('/');
    // What the device holds before the guest session (the app's own start-up check included).
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
    const before = await page.evaluate(async () =>
      (await indexedDB.databases()).map((d) => d.name),
    );
    await page
      .getByRole('button', { name: 'Guest session (saves nothing on this device)' })
      .click();
    await expect(page.getByText('Guest session: nothing is kept on this device.')).toBeVisible({
      timeout: 30_000,
    });
    await expectAccessible(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    await page.locator('[data-item] textarea').first().fill(canary);
    await expect(page.getByText('Saved', { exact: true })).toBeVisible();

    // While it runs: no database, nothing in web storage, no canary anywhere.
    const during = await dumpStorage(page);
    expect(findCanaries(during, [canary])).toEqual([]);
    expect(
      await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name)),
    ).toEqual(before);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);

    const rolesDuring = await Promise.all(page.workers().map((w) => w.evaluate(() => self.name)));
    expect(rolesDuring).toContain('guest');

    await page.getByRole('button', { name: 'End guest session' }).click();
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
    // The guest worker (and the key and memory in it) is gone.
    const roles = await Promise.all(page.workers().map((w) => w.evaluate(() => self.name)));
    expect(roles).not.toContain('guest');
    expect(await page.content()).not.toContain(canary);
    expect(findCanaries(await dumpStorage(page), [canary])).toEqual([]);
  });
});
