import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** Origins a test may talk to: the app's own, plus in-browser schemes that never leave. */
const LOCAL_SCHEMES = ['data:', 'blob:', 'about:', 'chrome-extension:', 'file:'];

/** One request seen by the context (page, worker or service worker). */
export interface SeenRequest {
  readonly url: string;
  readonly fromServiceWorker: boolean;
}

interface Fixtures {
  /** Every request the context made, service-worker requests included. */
  requests: SeenRequest[];
  /** Runs axe-core WCAG 2.x A/AA rules on the page and fails on any violation. */
  expectAccessible: (page: Page) => Promise<void>;
}

/** True when the URL stays on this origin or never leaves the browser. */
export function isLocal(url: string, origin: string): boolean {
  if (LOCAL_SCHEMES.some((scheme) => url.startsWith(scheme))) return true;
  return new URL(url).origin === origin;
}

/**
 * The shared fixture: records every request in the context and fails the test if any
 * went to another origin. Every browser test imports `test` from here.
 */
export const test = base.extend<Fixtures>({
  requests: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
    const seen: SeenRequest[] = [];
    context.on('request', (request) => {
      seen.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null });
    });
    await use(seen);
    const offOrigin = seen.filter((request) => !isLocal(request.url, origin));
    expect(offOrigin, 'requests that left the origin').toEqual([]);
  },
  // The request recorder must be attached before the page opens anything.
  page: async ({ page, requests }, use) => {
    void requests;
    await use(page);
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture names from this pattern.
  expectAccessible: async ({}, use) => {
    await use(async (page: Page) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(summary, 'axe-core WCAG A/AA violations').toEqual([]);
    });
  },
});

export { expect };

/** Wait until the service worker controls this page (a reload after first install). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}
