import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Template } from '../../src/templates/types.ts';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { otherPhone } from './phones';
import { fakeQrCamera, readShownCodes, showToCamera } from './qr-steps';
import { createVaultThroughUi, dumpStorage, findCanaries, unlockThroughUi } from './vault-steps';

const CANARY = `linkcanary${Date.now()}`;
const TITLE = `Outreach safety ${CANARY}`;
const PHONE_PASSPHRASE = 'the phone passphrase is long';

function adaptedTemplate(): string {
  const template = JSON.parse(
    readFileSync(new URL('../../templates/workplace-safety.json', import.meta.url), 'utf8'),
  ) as Template;
  template.id = 'outreach-workplace-safety';
  template.title.en = TITLE;
  return JSON.stringify(template);
}

/** The organisation's side: add the adapted template, make a signing key, share it signed. */
async function shareAdapted(page: Page): Promise<void> {
  await createVaultThroughUi(page);
  await page.getByRole('button', { name: 'Templates', exact: true }).click();
  await page.getByLabel('Import', { exact: true }).setInputFiles({
    name: 'outreach.json',
    mimeType: 'application/json',
    buffer: Buffer.from(adaptedTemplate()),
  });
  await page.getByRole('button', { name: 'Add this template' }).click();
  await page.getByLabel('Name of your group or organisation').fill('Outreach Group');
  await page.getByRole('button', { name: 'Make a signing key' }).click();
  await expect(page.getByText('You sign as Outreach Group')).toBeVisible();
  await page
    .getByRole('listitem')
    .filter({ hasText: TITLE })
    .getByRole('button', { name: 'Share' })
    .click();
  await page.getByRole('button', { name: 'Make the template to share' }).click();
}

test('a template link opens in the installed app offline, waits for unlocking, and leaves no trace in the address bar', async ({
  page,
  browser,
  requests,
}) => {
  test.setTimeout(180_000);
  await shareAdapted(page);
  await page.getByRole('button', { name: 'Link', exact: true }).click();
  const link = await page.getByLabel('Link to the template').inputValue();
  const origin = new URL(page.url()).origin;
  expect(link).toMatch(new RegExp(`^${origin}/#template=[A-Za-z0-9_-]+$`));
  const data = link.split('#template=')[1] ?? '';
  // The template travels in the fragment, which no request ever carries.
  expect(requests.filter((r) => r.url.includes(data.slice(0, 32)))).toEqual([]);

  const other = await otherPhone(browser, origin);
  await createVaultThroughUi(other.page, PHONE_PASSPHRASE);
  await waitForServiceWorkerControl(other.page);
  await other.page.close();
  await other.context.setOffline(true);

  // Tapping the link in a messaging app: a new tab, offline, served by the service worker.
  const phone = await other.context.newPage();
  await phone.goto(link);
  await expect(phone.getByText('Unlock to see what the link you opened holds.')).toBeVisible();
  expect(phone.url()).toBe(`${origin}/`);
  await unlockThroughUi(phone, PHONE_PASSPHRASE);
  await expect(phone.getByText(/^Signed by Outreach Group\. Key: /)).toBeVisible();
  await phone.getByRole('button', { name: 'Add this template' }).click();
  const row = phone.getByRole('listitem').filter({ hasText: TITLE });
  await expect(row).toContainText('Added from a link');
  await expect(row).toContainText('Signed by Outreach Group (');

  // A link cut short (as some chat apps do) is refused calmly, while unlocked too.
  await phone.goto(`${origin}/#template=${data.slice(0, -40)}`);
  await expect(phone.getByText('This link is damaged, incomplete or too large')).toBeVisible();
  await expect(phone.getByRole('button', { name: 'Add this template' })).toHaveCount(0);
  expect(findCanaries(await dumpStorage(phone), [CANARY])).toEqual([]);
  expect(other.offOrigin).toEqual([]);
  await other.context.close();
});

test('QR codes carry a template to a phone that scans them, and a guest session hands a plan over as codes', async ({
  page,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(240_000);
  await shareAdapted(page);
  await page.getByRole('button', { name: 'QR codes', exact: true }).click();
  const templateCodes = await readShownCodes(page, 'QR code of the template');
  await expectAccessible(page);
  expect(templateCodes.length).toBeGreaterThan(1);
  expect(templateCodes[0]).toMatch(/^PW1:t:[0-9a-f]{8}:0\/\d+:/);

  const origin = new URL(page.url()).origin;
  const other = await otherPhone(browser, origin);
  await fakeQrCamera(other.context);
  const phone = other.page;
  await createVaultThroughUi(phone, PHONE_PASSPHRASE);
  await phone.getByRole('button', { name: 'Templates', exact: true }).click();
  await phone.getByRole('button', { name: 'Scan QR codes' }).click();
  // Any order, a repeat and a stranger's code in between, as a real camera would see them.
  const [first, ...rest] = templateCodes;
  await showToCamera(phone, [
    ...rest.reverse(),
    'https://example.invalid/menu',
    first ?? '',
    rest[0] ?? '',
  ]);
  await expect(phone.getByText(/^Signed by Outreach Group\. Key: /)).toBeVisible({
    timeout: 30_000,
  });
  // The camera is pointed away: whatever was still queued is not seen by the next scan.
  await showToCamera(phone, []);
  await phone.getByRole('button', { name: 'Add this template' }).click();
  await expect(phone.getByRole('listitem').filter({ hasText: TITLE })).toContainText(
    'Added from QR codes',
  );

  // A guest session on the worker's phone: fill a little, back it up as codes, end it.
  const guest = await otherPhone(browser, origin);
  const worker = guest.page;
  await worker.goto('/');
  await worker.getByRole('button', { name: /^Guest session/ }).click();
  await worker.getByRole('button', { name: 'New plan' }).click();
  await worker.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
  await worker.getByRole('button', { name: /^Screening new clients/ }).click();
  await worker.locator('[data-item] textarea').first().fill(CANARY);
  await expect(worker.getByText('Saved', { exact: true })).toBeVisible();
  await worker.getByRole('button', { name: 'My plans', exact: true }).click();
  await worker.getByRole('button', { name: 'Back up or move my plans' }).click();
  await worker.getByLabel('Passphrase for this file').fill('hand over passphrase');
  await worker.getByLabel('Repeat passphrase').fill('hand over passphrase');
  await worker.getByRole('button', { name: 'Make the backup' }).click();
  await worker.getByRole('button', { name: 'Show as QR codes' }).click();
  const backupCodes = await readShownCodes(worker, 'QR code of the backup');
  expect(backupCodes.join('')).not.toContain(CANARY);
  await worker.getByRole('button', { name: 'End guest session' }).last().click();
  await expect(worker.getByRole('button', { name: 'Create vault' })).toBeVisible();
  expect(findCanaries(await dumpStorage(worker), [CANARY])).toEqual([]);
  expect(guest.offOrigin).toEqual([]);
  await guest.context.close();

  // The person's phone scans the codes and restores the plan.
  await phone.getByRole('button', { name: 'My plans', exact: true }).click();
  await phone.getByRole('button', { name: 'Restore from a backup' }).click();
  await phone.getByRole('button', { name: 'Scan QR codes' }).click();
  await expectAccessible(phone);
  await showToCamera(phone, backupCodes);
  await expect(phone.getByText('All codes read.')).toBeVisible({ timeout: 30_000 });
  await phone.getByLabel('Passphrase of the backup').fill('hand over passphrase');
  await phone.getByRole('button', { name: 'Open the backup' }).click();
  await phone.getByRole('button', { name: 'Add to my plans' }).click();
  await phone.getByRole('button', { name: 'My plans', exact: true }).click();
  await phone.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
  await phone.getByRole('button', { name: /^Screening new clients/ }).click();
  await expect(phone.locator('[data-item] textarea').first()).toHaveValue(CANARY);
  expect(other.offOrigin).toEqual([]);
  await other.context.close();
});
