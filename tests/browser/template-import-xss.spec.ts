import { readFileSync } from 'node:fs';
import type { Template } from '../../src/templates/types.ts';
import { validateTemplate } from '../../src/templates/validate.ts';
import { expect, test } from './fixtures';
import { createVaultThroughUi } from './vault-steps';
import { PAYLOADS } from './xss-corpus';
import { expectInert, watchForXss } from './xss-steps';

/**
 * Shared templates are outside text too, arriving by file (under a name the sender
 * chose), by link and by QR code. The hostile strings go into the template's title,
 * summary (rich text), part titles and question labels; every screen that shows them must
 * show them as literal text. Payloads the template validator refuses outright (the bidi
 * override) never reach a screen, which the validator's own tests prove.
 */
const FILE_NAME = '"><img src=x onerror=window.__xss=31>.json';

function hostileTemplate(): { json: string; shown: string[] } {
  const template = JSON.parse(
    readFileSync(new URL('../../templates/workplace-safety.json', import.meta.url), 'utf8'),
  ) as Template;
  template.id = 'hostile-template';
  const accepted = PAYLOADS.filter((payload) => {
    const probe = structuredClone(template);
    probe.title.en = payload.text;
    return validateTemplate(probe).ok;
  });
  template.title.en = `Shared ${accepted[0]?.text}`;
  template.summary.en = accepted.map((payload) => payload.text).join('\n\n');
  template.sections.forEach((section, index) => {
    const payload = accepted[index % accepted.length];
    if (!payload) return;
    section.title.en = payload.text;
    const first = section.items[0];
    if (first) first.label.en = payload.text;
  });
  if (!validateTemplate(template).ok) throw new Error('the hostile template must still be valid');
  return { json: JSON.stringify(template), shown: accepted.map((payload) => payload.visible) };
}

test('hostile text in a shared template, its file name and its link stays inert text', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const dialogs = await watchForXss(page);
  const { json, shown } = hostileTemplate();
  expect(shown.length).toBeGreaterThan(10);
  await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name: FILE_NAME,
    mimeType: 'application/json',
    buffer: Buffer.from(json),
  });
  // The preview: title and summary (rich text) with every payload.
  await expect(page.getByRole('button', { name: 'Add this template' })).toBeVisible();
  await page.getByText('Show the parts').click();
  await expectInert(page, 'import preview', shown);
  await page.getByRole('button', { name: 'Add this template' }).click();
  // The list names the file it came from.
  await expect(page.getByText('Added from the file')).toBeVisible();
  await expectInert(page, 'templates list', [FILE_NAME]);

  // The same template by link: the preview again, reached from the URL fragment.
  const row = page.getByRole('listitem').filter({ hasText: 'Added from the file' });
  await row.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Make the template to share' }).click();
  await expectInert(page, 'share screen', []);
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  const link = await page.getByLabel('Link to the template').inputValue();
  await page.goto(link);
  await expect(page.getByText('What is different from the version you have')).toBeVisible();
  await page.getByText('Show the parts').click();
  await expectInert(page, 'link preview', shown);
  await page.getByRole('button', { name: 'Do not add it' }).click();

  // Starting and filling a plan from it.
  await page.getByRole('button', { name: 'My plans', exact: true }).click();
  await page.getByRole('button', { name: 'New plan' }).click();
  await expectInert(page, 'choose a template', [`Shared ${shown[0]}`]);
  await page.getByRole('button', { name: `Shared ${shown[0]}` }).click();
  await expect(page.getByText(/^Part 1 of \d+$/)).toBeVisible();
  await expectInert(page, 'editor', []);
  expect(dialogs).toEqual([]);
});
