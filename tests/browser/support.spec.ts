import { expect, test } from './fixtures';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

test.describe('co-creation with a support person', () => {
  test('support mode shows notes, principles and the guide; pause hides the plan without locking', async ({
    page,
    expectAccessible,
  }) => {
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('We are filling this in with a support person').check();
    await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
    await page.getByRole('button', { name: /^Screening new clients/ }).click();

    const notes = page.locator('.facilitator-note');
    await expect(notes.first()).toBeVisible();
    await expect(notes.first()).toContainText('For the support person');
    await page
      .getByRole('group', { name: 'Conversation guide' })
      .or(page.getByText('Conversation guide'))
      .first()
      .click();
    await expect(page.getByText('What resources do you already have?')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Principles' }).click();
    const dialog = page.getByRole('dialog', { name: 'This is your plan' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('You can skip any question');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    const field = page.locator('[data-item] textarea').first();
    await field.fill('something only we discussed');
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('dialog', { name: 'Paused' })).toBeVisible();
    await expect(field).not.toBeInViewport();
    await expect(page.getByText('something only we discussed')).toHaveCount(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(field).toHaveValue('something only we discussed');
    // Still unlocked: the vault was not closed by the pause.
    await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();

    await page.getByLabel('With a support person').uncheck();
    await expect(notes).toHaveCount(0);
  });

  test('an answer marked private is shown as private in the plan and stays so', async ({
    page,
  }) => {
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByRole('button', { name: 'Release-from-detention plan', exact: true }).click();
    const textInputs = 'input[type=text], input[type=tel], textarea';
    const first = page
      .locator('[data-item]')
      .filter({ has: page.locator(textInputs) })
      .first();
    await first.locator(textInputs).first().fill('my lawyer 555-0100');
    await first.getByLabel('Private — only for me').check();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);
    await page.getByRole('button', { name: 'Release-from-detention plan', exact: true }).click();
    await expect(first.getByLabel('Private — only for me')).toBeChecked();
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlockThroughUi(page);
    // The whole-plan view marks it too.
    await page.getByRole('button', { name: 'Release-from-detention plan', exact: true }).click();
    for (let part = 0; part < 20; part++) {
      const finish = page.getByRole('button', { name: 'See the whole plan' });
      if ((await finish.count()) > 0) {
        await finish.click();
        break;
      }
      await page.getByRole('button', { name: 'Next', exact: true }).click();
    }
    await expect(page.getByText('Private', { exact: true })).toBeVisible();
  });

  test('questions show side by side in two languages, each marked with its language', async ({
    page,
    expectAccessible,
  }) => {
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Language of the plan').selectOption('th');
    await page.getByLabel('We are filling this in with a support person').check();
    await page.locator('.plan-row__open').filter({ hasText: 'แผน' }).first().click();
    await page.getByLabel('Support person’s language').selectOption('en');
    await page.locator('.section-list__item').nth(1).click();
    const label = page.locator('[data-item] legend, [data-item] label').first();
    await expect(label.locator('[lang="en"].second-language')).toBeVisible();
    // The person's language (Thai) comes first; the support worker's (English) under it.
    const text = (await label.textContent()) ?? '';
    expect(text).toMatch(/[\u0E00-\u0E7F]/);
    expect(text).toMatch(/[A-Za-z]{3}/);
    await expectAccessible(page);
  });
});
