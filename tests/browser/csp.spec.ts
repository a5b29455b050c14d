import { expect, test } from './fixtures';
import { goToPlanView, startPlan } from './plan-steps';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

const XSS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">tap</a>',
  '&lt;img src=x onerror=window.__pwned=1&gt;',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202Eevil\u202C',
];

test.describe('content security policy and inert text', () => {
  test('blocks an injected inline script and an off-origin fetch, and reports both', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Quick exit' })).toBeVisible();
    const result = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      let fetchFailed = false;
      try {
        await fetch('https://example.com/collect?x=1', { mode: 'no-cors' });
      } catch {
        fetchFailed = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return {
        inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
        fetchFailed,
        violations,
      };
    });
    expect(result.inlineRan).toBe(false);
    expect(result.fetchFailed).toBe(true);
    expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(result.violations.some((v) => v.startsWith('connect-src'))).toBe(true);
  });

  test('hostile text typed into answers and titles stays text', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Screening new clients/ }).click();
    const fields = page.locator('[data-item] textarea, [data-item] input[type=text]');
    const count = Math.min(await fields.count(), XSS.length);
    for (let i = 0; i < count; i++) await fields.nth(i).fill(XSS[i] ?? '');
    await page.getByRole('button', { name: 'My plans' }).click();
    const row = page.getByRole('listitem').filter({ hasText: 'Workplace safety plan' });
    await row.getByRole('button', { name: 'More for Workplace safety plan' }).click();
    await row.getByRole('button', { name: 'Rename' }).click();
    await page.getByLabel('New name').fill(XSS[0] ?? '');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);
    await expect(page.getByRole('button', { name: XSS[0], exact: true })).toBeVisible();
    await page.getByRole('button', { name: XSS[0], exact: true }).click();
    await goToPlanView(page);
    for (const payload of XSS.slice(0, count)) {
      await expect(page.getByText(payload, { exact: true }).first()).toBeVisible();
    }
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      injected: document.querySelectorAll(
        'main img, main script, main svg, main a[href^="javascript"]',
      ).length,
    }));
    expect(state).toEqual({ pwned: undefined, injected: 0 });
    expect(dialogs).toBe(0);
  });
});
