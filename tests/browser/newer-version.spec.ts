import { SCHEMA_VERSION } from '../../src/vault/storage/migrations.ts';
import { expect, test } from './fixtures';
import { DB_NAME, dumpAppData } from './idb-steps';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, PASSPHRASE } from './vault-steps';

test('a newer app version in another tab: the old tab locks calmly, writes nothing, and refuses to open the newer data', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  await createVaultThroughUi(page);
  await startPlan(page, 'Workplace safety plan');
  await page.getByRole('button', { name: /^Screening new clients/ }).click();
  await page.locator('[data-item] textarea').first().fill('written before the newer version');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  const before = await dumpAppData(page);
  expect(before.version).toBe(SCHEMA_VERSION);
  expect(Object.keys(before.rows).some((key) => key.startsWith('records:'))).toBe(true);

  // Tab B, same browser profile, runs a newer app: it upgrades the database by one
  // version, adding something harmless. It only gets through if the old tab let go.
  const newer = await context.newPage();
  await newer.goto('/');
  const upgraded = await newer.evaluate(
    ({ name, version }) =>
      new Promise<{ version: number; blocked: boolean }>((resolve, reject) => {
        let blocked = false;
        const request = indexedDB.open(name, version);
        request.onblocked = () => {
          blocked = true;
        };
        request.onupgradeneeded = () => {
          request.result.createObjectStore('added-by-a-newer-version');
        };
        request.onsuccess = () => {
          const db = request.result;
          const result = { version: db.version, blocked };
          db.close();
          resolve(result);
        };
        request.onerror = () => reject(request.error);
      }),
    { name: DB_NAME, version: SCHEMA_VERSION + 1 },
  );
  expect(upgraded).toEqual({ version: SCHEMA_VERSION + 1, blocked: false });
  await newer.close();

  // The old tab locked at once and says why; the plan is off the screen.
  await expect(
    page.getByText('A newer version of Pathway was opened in another tab'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await expect(page.locator('[data-item]')).toHaveCount(0);

  // Reloaded, the old code neither offers set-up nor opens, upgrades back or deletes.
  await page.reload();
  await expect(
    page.getByText('A newer version of the app is open. Reload to continue.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create vault' })).toHaveCount(0);
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'A newer version of the app is open. Reload to continue.',
  );
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toHaveCount(0);

  // Every byte the old version wrote is still there, unchanged, under the newer schema.
  const after = await dumpAppData(page);
  expect(after.version).toBe(SCHEMA_VERSION + 1);
  expect(after.stores).toEqual([...before.stores, 'added-by-a-newer-version'].sort());
  expect(after.rows).toEqual(before.rows);
  expect(crashes).toEqual([]);
});
