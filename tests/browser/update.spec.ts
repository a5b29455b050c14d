import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { startPlan } from './plan-steps';
import { type Deployment, deployBuild } from './static-server';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

// Beside the preview port (PW_PORT), so parallel checkouts do not collide.
const PORT = Number(process.env.PW_PORT ?? 4173) + 2;
let deployment: Deployment;

test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.beforeAll(async () => {
  deployment = await deployBuild(PORT);
});
test.afterAll(async () => {
  await deployment.close();
});

/** Deploy a new build: a changed page, and a service worker that precaches it. */
function deployNewVersion(): void {
  const page = join(deployment.root, 'index.html');
  writeFileSync(page, `${readFileSync(page, 'utf8')}\n<!-- next version -->\n`);
  const sw = join(deployment.root, 'sw.js');
  const script = readFileSync(sw, 'utf8').replace(
    /(url:"index\.html",revision:")([0-9a-f]+)"/,
    '$1next$2"',
  );
  if (!script.includes('revision:"next')) throw new Error('could not find index.html in sw.js');
  writeFileSync(sw, script);
}

test.describe('app updates', () => {
  test('a new version waits for a yes while someone types, and keeps every word', async ({
    page,
  }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    const field = page.locator('[data-item] textarea').first();
    await field.fill('before the update');

    deployNewVersion();
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await expect(page.getByText('A new version is ready')).toBeVisible({ timeout: 20_000 });

    // Nothing reloads on its own: the typing goes on in the same page.
    await page.evaluate(() => {
      (window as unknown as { samePage: boolean }).samePage = true;
    });
    await field.press('End');
    await page.keyboard.type(' and during it');
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(
      true,
    );

    await page.keyboard.type(', right up to the tap');
    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForEvent('load');
    await unlockThroughUi(page);
    await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    await expect(page.locator('[data-item] textarea').first()).toHaveValue(
      'before the update and during it, right up to the tap',
    );
  });
});
