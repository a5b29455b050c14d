import { expect, type Locator, type Page } from '@playwright/test';

/** The state of every form control inside one question, in DOM order. */
export type ControlState = (string | boolean)[];

/** What the filler did to one question. */
export interface FilledItem {
  section: string;
  itemId: string;
  kind: string;
  skipped: boolean;
  state: ControlState;
}

/** Read every input, textarea and select inside a question. */
export function controlState(item: Locator): Promise<ControlState> {
  return item.evaluate((element) =>
    [...element.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((control) =>
      control.type === 'radio' || control.type === 'checkbox' ? control.checked : control.value,
    ),
  );
}

/**
 * Answer one question through its controls, whatever its kind: text gets a unique
 * canary, dates a date, the first radio of each group is chosen, every checkbox ticked.
 * Repeatable questions get a second entry first.
 */
export async function answerItem(item: Locator, canary: string): Promise<void> {
  const add = item.getByRole('button', { name: /^(Add another|Add a person)$/ });
  if ((await add.count()) > 0) await add.first().click();
  const texts = item.locator('input[type=text], input[type=tel], textarea');
  for (let i = 0; i < (await texts.count()); i++) await texts.nth(i).fill(`${canary}-${i}`);
  const dates = item.locator('input[type=date]');
  for (let i = 0; i < (await dates.count()); i++) await dates.nth(i).fill('2026-12-01');
  const radioNames = await item
    .locator('input[type=radio]')
    .evaluateAll((radios) => [...new Set(radios.map((r) => (r as HTMLInputElement).name))]);
  for (const name of radioNames)
    await item.locator(`input[type=radio][name="${name}"]`).first().check();
  const boxes = item.locator('input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
}

/** The current section's title. */
export async function sectionTitle(page: Page): Promise<string> {
  return (await page.locator('main h2').first().textContent()) ?? '';
}

/**
 * Walk every section of the open plan with Next, answering each question as it appears
 * (so `showIf` questions are answered too) and skipping every `skipEvery`-th one.
 */
export async function fillWholePlan(
  page: Page,
  prefix: string,
  skipEvery = 5,
): Promise<FilledItem[]> {
  const filled: FilledItem[] = [];
  const answeredKinds = new Set<string>();
  let counter = 0;
  for (let guard = 0; guard < 40; guard++) {
    const section = await sectionTitle(page);
    const done = new Set<string>();
    for (;;) {
      const ids = await page
        .locator('[data-item]')
        .evaluateAll((els) =>
          els.map((el) => [el.getAttribute('data-item') ?? '', el.getAttribute('data-kind') ?? '']),
        );
      const next = ids.find(([id]) => !done.has(id ?? ''));
      if (!next) break;
      const [itemId = '', kind = ''] = next;
      done.add(itemId);
      const item = page.locator(`[data-item="${itemId}"]`);
      // Skip some questions, but never the first of its kind, so every kind gets answered.
      const skipped = kind === 'info' || (++counter % skipEvery === 0 && answeredKinds.has(kind));
      if (!skipped) {
        await answerItem(item, `${prefix}-${itemId}`);
        answeredKinds.add(kind);
      }
      filled.push({ section, itemId, kind, skipped, state: await controlState(item) });
    }
    const finish = page.getByRole('button', { name: 'See the whole plan' });
    if ((await finish.count()) > 0) {
      await finish.click();
      return filled;
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => sectionTitle(page)).not.toBe(section);
  }
  throw new Error('The plan never reached its last section.');
}

/** Walk the plan again and check every question's controls hold what was filled. */
export async function verifyWholePlan(page: Page, filled: FilledItem[]): Promise<void> {
  const sections = [...new Set(filled.map((f) => f.section))];
  for (const [index, section] of sections.entries()) {
    await expect.poll(() => sectionTitle(page)).toBe(section);
    for (const expected of filled.filter((f) => f.section === section)) {
      const item = page.locator(`[data-item="${expected.itemId}"]`);
      expect(await controlState(item), `${section} / ${expected.itemId}`).toEqual(expected.state);
    }
    if (index < sections.length - 1)
      await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
}

/** Start a new plan from the template with this title; lands on its first section. */
export async function startPlan(page: Page, templateTitle: string): Promise<void> {
  await page.getByRole('button', { name: 'New plan' }).click();
  await page.getByRole('button', { name: templateTitle, exact: true }).click();
  await expect(page.getByText(/^Part 1 of \d+$/)).toBeVisible();
}

/** From an open plan, press Next until the last part, then open the whole-plan view. */
export async function goToPlanView(page: Page): Promise<void> {
  for (let part = 0; part < 40; part++) {
    const finish = page.getByRole('button', { name: 'See the whole plan' });
    if ((await finish.count()) > 0) {
      await finish.click();
      return;
    }
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  throw new Error('The plan never reached its last part.');
}
