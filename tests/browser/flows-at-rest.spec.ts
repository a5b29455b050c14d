import { expect, test } from './fixtures';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, dumpStorage, findCanaries, unlockThroughUi } from './vault-steps';

test('no canary at rest after create, edit, settings, language switch, backup, restore and lock', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const canary = `flowcanary${Date.now()}`;
  const scan = async (when: string) => {
    expect(findCanaries(await dumpStorage(page), [canary]), when).toEqual([]);
  };
  await createVaultThroughUi(page);
  await startPlan(page, 'Workplace safety plan');
  await page.getByRole('button', { name: /^Screening new clients/ }).click();
  await page.locator('[data-item] input[type=text], [data-item] textarea').first().fill(canary);
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await scan('after create and edit');

  await page.getByRole('button', { name: 'My plans' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByLabel('Text size').selectOption('1.15');
  await page.getByLabel('Remind me to make a backup').selectOption('14');
  await page.locator('.language-picker select').first().selectOption('vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await scan('after settings and a language switch');
  await page.locator('.language-picker select').first().selectOption('en');

  await page.getByRole('button', { name: 'Back' }).click();
  await page.getByRole('button', { name: 'Back up or move my plans' }).click();
  await page.getByLabel('Passphrase for this file').fill('another file passphrase');
  await page.getByLabel('Repeat passphrase').fill('another file passphrase');
  await page.getByRole('button', { name: 'Make the backup' }).click();
  await page.getByRole('button', { name: 'Show as text to paste in a message' }).click();
  const armored = await page.getByLabel('Backup as text').inputValue();
  await scan('after making a backup');

  await page.getByRole('button', { name: 'My plans', exact: true }).click();
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await page.getByLabel('Or paste the backup text').fill(armored);
  await page.getByLabel('Passphrase of the backup').fill('another file passphrase');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await page.getByRole('button', { name: 'Add to my plans' }).click();
  await expect(page.getByText('Your plans were added')).toBeVisible();
  await scan('after restoring');

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await scan('after lock');
  // Nothing reachable from the page's globals holds plan text after the lock.
  const inGlobals = await page.evaluate((needle) => {
    const seen = new WeakSet<object>();
    const visit = (value: unknown, depth: number): boolean => {
      if (typeof value === 'string') return value.includes(needle);
      if (!value || typeof value !== 'object' || depth > 4 || seen.has(value)) return false;
      seen.add(value);
      if (value instanceof Node) return false;
      return Object.keys(value).some((key) => {
        try {
          return visit((value as Record<string, unknown>)[key], depth + 1);
        } catch {
          return false;
        }
      });
    };
    return Object.keys(window).some((key) => {
      try {
        return visit((window as unknown as Record<string, unknown>)[key], 0);
      } catch {
        return false;
      }
    });
  }, canary);
  expect(inGlobals).toBe(false);
  expect(await page.content()).not.toContain(canary);

  // And the plan is still there for the person.
  await unlockThroughUi(page);
  await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
  await page.getByRole('button', { name: /^Screening new clients/ }).click();
  await expect(
    page.locator('[data-item] input[type=text], [data-item] textarea').first(),
  ).toHaveValue(canary);
});
