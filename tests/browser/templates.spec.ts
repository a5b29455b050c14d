import { readFileSync } from 'node:fs';
import sodium from 'libsodium-wrappers-sumo';
import { signedBytes, writeTemplatePackage } from '../../src/templates/share/package.ts';
import type { Template } from '../../src/templates/types.ts';
import { expect, test } from './fixtures';
import { otherPhone } from './phones';
import { createVaultThroughUi, dumpStorage, findCanaries } from './vault-steps';

const CANARY = `tplcanary${Date.now()}`;
const TITLE = `Harbour workplace safety ${CANARY}`;

/** An organisation's adaptation of a bundled template: its own id, title and version. */
function adapted(version: number, change?: (template: Template) => void): Template {
  const template = JSON.parse(
    readFileSync(new URL('../../templates/workplace-safety.json', import.meta.url), 'utf8'),
  ) as Template;
  template.id = 'harbour-workplace-safety';
  template.title.en = TITLE;
  template.version = version;
  change?.(template);
  return template;
}

const jsonFile = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

const FINGERPRINT = /([0-9A-F]{4} ){4}[0-9A-F]{4}/;

test('an organisation signs a template; another installs it, sees who signed it, and is warned about changes and other keys', async ({
  page,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  // The organisation: adds its adapted template, makes a signing key, shares it signed.
  await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await page
    .getByLabel('Import', { exact: true })
    .setInputFiles(jsonFile('harbour.json', JSON.stringify(adapted(2))));
  await expect(page.getByText('This template is not signed')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add this template' }).click();
  const row = page.getByRole('listitem').filter({ hasText: TITLE });
  await expect(row).toContainText('Added from the file "harbour.json"');
  await expect(row).toContainText('Not signed');

  await page.getByLabel('Name of your group or organisation').fill('Harbour Outreach');
  await page.getByRole('button', { name: 'Make a signing key' }).click();
  const identity = page.getByText('You sign as Harbour Outreach');
  await expect(identity).toContainText(FINGERPRINT);
  const fingerprint = ((await identity.textContent()) ?? '').match(FINGERPRINT)?.[0] ?? '';
  await expectAccessible(page);

  await row.getByRole('button', { name: 'Share' }).click();
  await page.getByLabel('ภาษาไทย').check();
  await expect(page.getByLabel(/^Sign as Harbour Outreach/)).toBeChecked();
  await page.getByRole('button', { name: 'Make the template to share' }).click();
  await expectAccessible(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^template-\d{4}-\d{2}-\d{2}\.json$/);
  const signed = readFileSync((await download.path()) ?? '', 'utf8');
  const pkg = JSON.parse(signed);
  expect(pkg.type).toBe('pathway-template');
  expect(pkg.signature.signer).toBe('Harbour Outreach');
  expect(pkg.template.languages.sort()).toEqual(['en', 'th']);

  // Another group's phone, in a fresh profile.
  const origin = new URL(page.url()).origin;
  const other = await otherPhone(browser, origin);
  const phone = other.page;
  await createVaultThroughUi(phone, 'a different passphrase for the phone');
  await phone.getByRole('button', { name: 'Templates', exact: true }).click();
  const importFile = (name: string, text: string) =>
    phone.getByLabel('Import', { exact: true }).setInputFiles(jsonFile(name, text));

  await importFile('from-harbour.json', signed);
  await expect(phone.getByText(`Signed by Harbour Outreach. Key: ${fingerprint}`)).toBeVisible();
  await expect(
    phone.getByText('You have not had a template from Harbour Outreach before'),
  ).toBeVisible();
  await expect(phone.getByText('Languages: English, ภาษาไทย')).toBeVisible();
  await expectAccessible(phone);
  await phone.getByRole('button', { name: 'Add this template' }).click();
  const installed = phone.getByRole('listitem').filter({ hasText: TITLE });
  await expect(installed).toContainText(`Signed by Harbour Outreach (${fingerprint})`);
  await expect(installed).toContainText('Added from the file "from-harbour.json"');

  // Altered after signing: a clear warning, and it cannot be added.
  const altered = JSON.parse(signed);
  altered.template.sections[0].title.en = 'Call 555-0199 first';
  await importFile('altered.json', JSON.stringify(altered));
  await expect(phone.getByRole('alert')).toContainText('it was changed after signing');
  await expect(phone.getByRole('button', { name: 'Add this template' })).toHaveCount(0);
  await phone.getByRole('button', { name: 'Do not add it' }).click();

  // Someone else's key under the same name: warned, and the new key is not trusted by default.
  await sodium.ready;
  const impostor = sodium.crypto_sign_keypair();
  const template = adapted(2);
  const forged = writeTemplatePackage(template, {
    signer: 'Harbour Outreach',
    publicKey: impostor.publicKey,
    value: sodium.crypto_sign_detached(
      signedBytes(template, 'Harbour Outreach', impostor.publicKey),
      impostor.privateKey,
    ),
  });
  await importFile('forged.json', forged);
  await expect(phone.getByRole('alert')).toContainText(
    `signed with a different key (${await expectFingerprint(phone)}) than before (${fingerprint})`,
  );
  await expect(
    phone.getByLabel('I checked with Harbour Outreach: remember the new key'),
  ).not.toBeChecked();
  await expectAccessible(phone);
  await phone.getByRole('button', { name: 'Do not add it' }).click();

  // A newer unsigned version: the differences are spelt out before anything changes.
  const newer = adapted(3, (t) => {
    const first = t.sections[1]?.items[0];
    if (first) first.label.en = 'A reworded question';
    t.sections.pop();
  });
  await importFile('newer.json', JSON.stringify(newer));
  await expect(phone.getByText('Version 2 → 3')).toBeVisible();
  await expect(phone.getByText(/Questions: 0 new, \d+ taken out, 1 changed/)).toBeVisible();
  await expect(phone.getByText(/^Parts taken out: /)).toBeVisible();
  await phone.getByRole('button', { name: 'Do not add it' }).click();
  await expect(installed).toContainText(`Signed by Harbour Outreach (${fingerprint})`);

  // The installed template starts a plan, and nothing of it is readable at rest.
  await phone.getByRole('button', { name: 'My plans' }).click();
  await phone.getByRole('button', { name: 'New plan' }).click();
  await phone.getByRole('button', { name: TITLE }).click();
  await expect(phone.getByText(/^Part 1 of \d+$/)).toBeVisible();
  expect(findCanaries(await dumpStorage(phone), [CANARY])).toEqual([]);
  expect(findCanaries(await dumpStorage(page), [CANARY])).toEqual([]);

  // A template a plan uses cannot be removed; an unused one goes after asking.
  await phone.getByRole('button', { name: 'My plans', exact: true }).click();
  await phone.getByRole('button', { name: 'Templates', exact: true }).click();
  await installed.getByRole('button', { name: 'Remove' }).click();
  await expect(installed).toContainText('1 plan uses this template. Delete that plan first.');
  await expect(installed.getByRole('button', { name: 'Yes, remove it' })).toHaveCount(0);
  await installed.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await row.getByRole('button', { name: 'Remove' }).click();
  await expect(row.getByText('Remove this template from this phone?')).toBeFocused();
  await row.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByText('None yet.')).toBeVisible();

  // Added anyway under a changed key, without saying it was checked: the list keeps
  // saying so, and the next template with that key still warns.
  await importFile('forged.json', forged);
  await phone.getByRole('button', { name: 'Add this template' }).click();
  await expect(installed).toContainText(
    'Not the key you had before for Harbour Outreach: check with them.',
  );
  await importFile('forged-again.json', forged);
  await expect(phone.getByRole('alert')).toContainText('signed with a different key');
  expect(other.offOrigin).toEqual([]);
  await other.context.close();
});

/** The fingerprint shown first on the import screen (the incoming key's). */
async function expectFingerprint(page: import('@playwright/test').Page): Promise<string> {
  const text = (await page.getByRole('alert').textContent()) ?? '';
  return text.match(FINGERPRINT)?.[0] ?? 'none';
}
