import { readFileSync } from 'node:fs';
import { armor } from '../../src/exchange/armor.ts';
import { makeBackup, testSodium } from '../../src/exchange/test-backup.ts';
import type { Answer, Plan } from '../../src/plans/types.ts';
import type { Item, Template } from '../../src/templates/types.ts';
import { validateTemplate } from '../../src/templates/validate.ts';
import { expect, test } from './fixtures';
import { goToPlanView } from './plan-steps';
import { createVaultThroughUi } from './vault-steps';
import { HOSTILE_FILE_NAMES, PAYLOADS } from './xss-corpus';
import { expectInert, watchForXss } from './xss-steps';

/**
 * Imported backups are outside text: a stranger can hand someone a `.pathway` file (or
 * its armored text) whose titles and answers are the XSS corpus, under a hostile file
 * name. Everything must show as literal text. The app's CSP would block inline handlers
 * anyway, so the test also fails on any element or handler the payloads could have
 * injected, and on any CSP violation: an injection stopped only by the CSP still fails.
 */
const PASS = 'lantern over the quiet river';

function template(): Template {
  const file = new URL('../../templates/workplace-safety.json', import.meta.url);
  const parsed = validateTemplate(readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error('the bundled template must be valid');
  return parsed.template;
}

/** An answer holding `text` for every item kind that takes free text. */
function hostileAnswer(item: Item, text: (n: number) => string): Answer | undefined {
  switch (item.kind) {
    case 'shortText':
    case 'longText':
      return { kind: item.kind, value: text(0) };
    case 'contact':
      return { kind: 'contact', value: [{ name: text(1), phone: text(2), relationship: text(3) }] };
    case 'memoriseNumber':
      return { kind: 'memoriseNumber', value: { name: text(1), number: text(2) } };
    default:
      return undefined;
  }
}

/** Plan `n`: its title is payload n; its answers cycle through the whole corpus. */
function hostilePlan(source: Template, n: number, updatedAt: string): Plan {
  const answers: Record<string, Answer> = {};
  let next = n;
  const text = () => PAYLOADS[next++ % PAYLOADS.length]?.text ?? '';
  for (const item of source.sections.flatMap((section) => section.items)) {
    const answer = hostileAnswer(item, text);
    if (answer) answers[item.id] = answer;
  }
  return {
    formatVersion: 1,
    id: `hostile-${n}`,
    templateId: source.id,
    templateVersion: source.version,
    title: PAYLOADS[n]?.text ?? '',
    language: 'en',
    createdAt: '2026-11-29T10:00:00.000Z',
    updatedAt,
    answers,
    earlierAnswers: [],
  };
}

async function hostileBackup(updatedAt: string): Promise<Buffer> {
  const source = template();
  const plans = PAYLOADS.map((_, n) => hostilePlan(source, n, updatedAt));
  return Buffer.from(makeBackup(await testSodium(), plans, PASS));
}

test('hostile plan files, their text form and hostile file names stay inert text', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dialogs = await watchForXss(page);
  const titles = PAYLOADS.map((p) => p.visible);
  const file = await hostileBackup('2026-11-30T10:00:00.000Z');
  // The same plans changed later: importing it again lists each as a conflict by title.
  const armored = armor(await hostileBackup('2026-12-01T10:00:00.000Z'));

  await createVaultThroughUi(page);
  await expectInert(page, 'home before', []);

  // 1. The .pathway file, picked under a hostile name.
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await page.getByLabel('Backup file').setInputFiles({
    name: HOSTILE_FILE_NAMES.backup,
    mimeType: 'application/octet-stream',
    buffer: file,
  });
  await expectInert(page, 'file picked', []);
  await page.getByLabel('Passphrase of the backup').fill(PASS);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByText('It holds:', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expectInert(page, 'restore list', titles);
  await page.getByRole('button', { name: 'Add to my plans' }).click();
  await expect(page.getByText('Your plans were added')).toBeVisible();

  // 2. Every screen that shows imported text: the list, the editor, the plan, print, backup.
  await page.getByRole('button', { name: 'My plans', exact: true }).click();
  await expect(page.locator('.plan-row__open')).toHaveCount(PAYLOADS.length);
  await expectInert(page, 'home list', titles);
  await page.locator('.plan-row__open').first().click();
  await expectInert(page, 'editor', []);
  await goToPlanView(page);
  await expectInert(page, 'plan view', titles);
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  await expectInert(page, 'print', []);
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await page.getByRole('button', { name: 'My plans', exact: true }).click();
  await page.getByRole('button', { name: 'Back up or move my plans' }).click();
  await expectInert(page, 'backup choices', titles);
  await page.getByRole('button', { name: 'My plans', exact: true }).click();

  // 3. The armored text, pasted: every plan is a conflict, named by its hostile title.
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await page.getByLabel('Or paste the backup text').fill(armored);
  await page.getByLabel('Passphrase of the backup').fill(PASS);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByText('is already on this phone').first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('is already on this phone')).toHaveCount(PAYLOADS.length);
  await expectInert(page, 'conflicts', titles);
  await page.getByRole('button', { name: 'Add to my plans' }).click();
  await expect(page.getByText('Your plans were added')).toBeVisible();
  await page.getByRole('button', { name: 'My plans', exact: true }).click();
  await expect(page.locator('.plan-row__open')).toHaveCount(PAYLOADS.length * 2);
  await expectInert(
    page,
    'home after keep both',
    PAYLOADS.map((p) => `${p.text} (from backup)`),
  );

  // 4. The armored text as a picked .txt file, under another hostile name.
  await page.getByRole('button', { name: 'Restore from a backup' }).click();
  await page.getByLabel('Backup file').setInputFiles({
    name: HOSTILE_FILE_NAMES.text,
    mimeType: 'text/plain',
    buffer: Buffer.from(`Here it is:\n${armored}\n`),
  });
  await page.getByLabel('Passphrase of the backup').fill(PASS);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await expect(page.getByText('It holds:', { exact: false })).toBeVisible({ timeout: 30_000 });
  await expectInert(page, 'text file restore list', titles);
  expect(dialogs).toEqual([]);
});
