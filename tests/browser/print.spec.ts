import { expect, test } from './fixtures';
import { goToPlanView, startPlan } from './plan-steps';
import { createVaultThroughUi } from './vault-steps';

test.describe('printouts', () => {
  test('wallet card, trusted-contact sheet and my plan leave out what was not chosen', async ({
    page,
    expectAccessible,
  }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Release-from-detention plan');
    // A number to learn by heart, marked private on one and not the other.
    const numbers = page.locator('[data-kind="memoriseNumber"]');
    await numbers.nth(0).getByLabel('Whose number').fill('Lawyer Ana');
    await numbers.nth(0).getByLabel('Number', { exact: true }).fill('416-555-0101');
    await numbers.nth(1).getByLabel('Whose number').fill('My sister');
    await numbers.nth(1).getByLabel('Number', { exact: true }).fill('416-555-0202');
    await numbers.nth(1).getByLabel('Private — only for me').check();
    // A sensitive answer (who must not be told) in the decisions part.
    await page.getByRole('button', { name: /^Decisions I make now/ }).click();
    await page.locator('[data-item="who-must-not-know"] textarea').fill('never my landlord');
    await page.getByRole('button', { name: /^Decisions I make now/ }).click();

    await page.getByRole('button', { name: 'My plans' }).click();
    await page.getByRole('button', { name: 'Release-from-detention plan', exact: true }).click();
    await goToPlanView(page);
    await page.getByRole('button', { name: 'Print' }).click();
    await expect(page.getByRole('note')).toContainText('Paper is not locked');
    const area = page.locator('.print-area');

    // My plan: sensitive and private answers out until ticked.
    await expect(area).toContainText('416-555-0101');
    await expect(area).not.toContainText('416-555-0202');
    await expect(area).not.toContainText('never my landlord');
    await page.getByLabel('Include sensitive answers').check();
    await expect(area).toContainText('never my landlord');
    await page.getByLabel('Include answers marked “only for me”').check();
    await expect(area).toContainText('416-555-0202');
    await expectAccessible(page);

    // The trusted contact's sheet never holds a private answer, even when ticked before.
    await page.getByLabel('Sheet for my trusted contact').check();
    await expect(area).toContainText('416-555-0101');
    await expect(area).not.toContainText('416-555-0202');
    await expect(area).toContainText('48 hours');

    // The wallet card: numbers and the phrases, on a bank-card-sized card.
    await page.getByLabel('Wallet card').check();
    await expect(area).toContainText('Lawyer Ana');
    await expect(area).toContainText('I want to speak to a lawyer');
    const box = await area.locator('.wallet-card').first().boundingBox();
    // 85.6 mm at 96 px per inch.
    expect(Math.round(box?.width ?? 0)).toBe(Math.round((85.6 / 25.4) * 96));

    // Printing shows only the print area.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
    await expect(area.locator('.wallet-card').first()).toBeVisible();
  });
});
