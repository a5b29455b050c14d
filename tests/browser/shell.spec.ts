import { expect, test, waitForServiceWorkerControl } from './fixtures';

test.describe('the app shell', () => {
  test('opens with a neutral title and an always-visible Quick exit', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Pathway');
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the service worker installs and controls the page', async ({ page }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.scriptURL ?? '';
    });
    expect(scope).toMatch(/\/sw\.js$/);
  });

  test('with the network gone, a reload still shows the app', async ({ page, context }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    // A deep link that was never visited is served by the offline navigation fallback.
    await page.goto('/some/where/else');
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await context.setOffline(false);
  });

  test('the web app manifest is linked and installable', async ({ page, request }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const response = await request.get(new URL(href ?? '', page.url()).href);
    expect(response.ok()).toBe(true);
    const manifest = await response.json();
    expect(manifest).toMatchObject({
      name: 'Pathway',
      short_name: 'Pathway',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    const sizes = manifest.icons.map((icon: { sizes: string; purpose?: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const maskable = manifest.icons.filter((icon: { purpose?: string }) =>
      icon.purpose?.includes('maskable'),
    );
    expect(maskable.length).toBeGreaterThan(0);
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const image = await request.get(new URL(icon.src, page.url()).href);
      expect(image.ok(), icon.src).toBe(true);
      expect(image.headers()['content-type']).toBe(icon.type);
    }
  });

  test('loads only from its own origin', async ({ page, requests, baseURL }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    // The recorder saw the page, its assets and the service worker's precache fetches.
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.some((r) => r.fromServiceWorker)).toBe(true);
    const origins = new Set(requests.map((r) => new URL(r.url).origin));
    expect([...origins]).toEqual([new URL(baseURL ?? '').origin]);
  });

  test('Quick exit shows a working calculator, and Shift ×3 does the same', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page).toHaveTitle('Calculator');
    const display = page.getByRole('status', { name: 'Result' });
    for (const key of ['7', '×', '6', 'Equals']) {
      await page.getByRole('button', { name: key, exact: true }).click();
    }
    await expect(display).toHaveText('42');
    // Three presses of Clear bring back the lock screen.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Clear' }).click();
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expect(page).toHaveTitle('Calculator');
  });

  test('the lock screen and the neutral screen pass axe WCAG A/AA', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Quick exit' }).click();
    await expect(page).toHaveTitle('Calculator');
    await expectAccessible(page);
  });
});
