import { expect, test } from './fixtures';
import { fillWholePlan, startPlan } from './plan-steps';
import { PASSPHRASE } from './vault-steps';

test.describe('accessibility (axe-core, WCAG 2.x A/AA)', () => {
  test('set-up, recovery code, home, lock and settings screens', async ({
    page,
    expectAccessible,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat passphrase').fill('something else');
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Create vault' }).click();
    await expect(page.locator('.recovery-code')).toBeVisible({ timeout: 30_000 });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'I have kept it safe' }).click();
    await expect(page.getByRole('button', { name: 'New plan' })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lock' }).click();
    await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Passphrase', { exact: true }).fill('wrong');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await expectAccessible(page);
  });

  for (const title of [
    'Workplace safety plan',
    'Release-from-detention plan',
    'Partner or sponsor safety plan',
  ]) {
    test(`every section of "${title}", filled, and its plan view`, async ({
      page,
      expectAccessible,
    }) => {
      test.setTimeout(180_000);
      await page.goto('/');
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Create vault' }).click();
      await page.getByRole('button', { name: 'I have kept it safe' }).click();
      await page.getByRole('button', { name: 'New plan' }).click();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'My plans' }).click();
      await startPlan(page, title);
      await fillWholePlan(page, 'a11y');
      // fillWholePlan ends on the plan view.
      await expect(page.getByRole('button', { name: 'Edit plan' })).toBeVisible();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Edit plan' }).click();
      for (let part = 0; part < 20; part++) {
        await expectAccessible(page);
        const next = page.getByRole('button', { name: 'Next', exact: true });
        if ((await next.count()) === 0) break;
        await next.click();
      }
    });
  }
});
