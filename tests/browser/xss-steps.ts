import { expect, type Page } from '@playwright/test';

/**
 * Records what an XSS payload could cause: CSP violations (kept in `window.__violations`
 * from the first script on) and dialogs (returned, dismissed). Call before the first goto.
 */
export async function watchForXss(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return dialogs;
}

/** Nothing ran, nothing was injected, nothing was blocked, and every payload reads literally. */
export async function expectInert(
  page: Page,
  where: string,
  visible: readonly string[],
): Promise<void> {
  // Give any handler that slipped through (onerror, onload, ontoggle) time to fire.
  await page.waitForTimeout(150);
  const state = await page.evaluate(() => {
    const root = document.getElementById('app');
    const all = [...(root?.querySelectorAll('*') ?? [])];
    return {
      flag: (window as unknown as { __xss?: unknown }).__xss,
      violations: (window as unknown as { __violations: string[] }).__violations,
      // Preact sets handlers as properties: any on* attribute came from a payload.
      handlers: all.flatMap((el) =>
        [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
      ),
      // The app's own <details> carry a class; an injected one would not.
      injected: root?.querySelectorAll(
        'script, iframe, style, img[src="x"], animate, details:not([class])',
      ).length,
      badLinks: [...(root?.querySelectorAll('a') ?? [])].filter(
        (a) => !a.href.startsWith('https://'),
      ).length,
      text: root?.textContent ?? '',
    };
  });
  expect(state.flag, where).toBeUndefined();
  expect(state.violations, where).toEqual([]);
  expect(state.handlers, where).toEqual([]);
  expect(state.injected, where).toBe(0);
  expect(state.badLinks, where).toBe(0);
  for (const text of visible) expect(state.text, `${where}: ${text}`).toContain(text);
}
