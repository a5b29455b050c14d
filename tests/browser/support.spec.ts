import { expect, test } from './fixtures';
import { goToPlanView } from './plan-steps';
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
    // Once the typing is saved, the plan is taken out of the page, not just covered.
    await expect.poll(() => page.content()).not.toContain('Screening new clients');
    expect(await page.content()).not.toContain('something only we discussed');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('[data-item] textarea').first()).toHaveValue(
      'something only we discussed',
    );
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
    await goToPlanView(page);
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

  test('read aloud speaks the question in its language with a local voice, and hides without one', async ({
    page,
  }) => {
    // A stand-in for the platform's speech: one local Thai voice, and a record of what is said.
    await page.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      const voices = [
        { lang: 'th-TH', localService: true, name: 'Thai (device)' },
        { lang: 'fr-CA', localService: false, name: 'French (network)' },
      ];
      // A plain object is not a real SpeechSynthesisVoice, so the utterance is stubbed too.
      class Utterance {
        lang = '';
        voice: unknown = null;
        onend?: () => void;
        onerror?: () => void;
        constructor(readonly text: string) {}
      }
      Object.assign(window, { spoken, SpeechSynthesisUtterance: Utterance });
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => voices,
          speak: (u: { text: string; lang: string; onend?: () => void }) => {
            spoken.push({ text: u.text, lang: u.lang });
            setTimeout(() => u.onend?.(), 10);
          },
          cancel: () => undefined,
          addEventListener: () => undefined,
        },
      });
    });
    await createVaultThroughUi(page);
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Language of the plan').selectOption('th');
    await page.locator('.plan-row__open').filter({ hasText: 'แผน' }).first().click();
    await page.locator('.section-list__item').nth(1).click();
    const first = page.locator('[data-item]').first();
    await first.getByRole('button', { name: 'Read aloud' }).click();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('th-TH');
    expect(spoken[0]?.text).toMatch(/[\u0E00-\u0E7F]/);

    // A French plan: the only French voice is a network one, so no control shows.
    await page.getByRole('button', { name: 'My plans' }).click();
    await page.getByRole('button', { name: 'New plan' }).click();
    await page.getByLabel('Language of the plan').selectOption('fr');
    await page.locator('.plan-row__open').first().click();
    await expect(page.getByText(/^Part 1 of/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read aloud' })).toHaveCount(0);
  });
});
