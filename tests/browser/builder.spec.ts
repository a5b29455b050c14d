import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { fillWholePlan, startPlan, verifyWholePlan } from './plan-steps';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

const TEMPLATES = [
  'Workplace safety plan',
  'Release-from-detention plan',
  'Partner or sponsor safety plan',
];

/** The item kinds a bundled template uses at section level, read from its file. */
function templateKinds(title: string): string[] {
  const dir = new URL('../../templates/', import.meta.url);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'schema.json')) {
    const template = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
    if (template.title.en !== title) continue;
    const kinds = template.sections.flatMap((s: { items: { kind: string }[] }) =>
      s.items.map((i) => i.kind),
    );
    return [...new Set<string>(kinds)].sort();
  }
  throw new Error(`no template titled ${title}`);
}

test.describe('the plan builder', () => {
  for (const title of TEMPLATES) {
    test(`fills "${title}" end to end on a small phone and keeps every answer`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await createVaultThroughUi(page);
      await startPlan(page, title);
      const filled = await fillWholePlan(page, 'ans');
      // Every kind of question the template has was answered through the UI.
      const answered = new Set(filled.filter((f) => !f.skipped).map((f) => f.kind));
      expect([...answered, 'info'].sort()).toEqual(templateKinds(title));
      // Every kind of question in the template was met, and some were skipped.
      expect(filled.filter((f) => f.skipped && f.kind !== 'info').length).toBeGreaterThan(0);
      expect(filled.filter((f) => !f.skipped).length).toBeGreaterThan(10);

      await page.getByRole('button', { name: 'Lock' }).click();
      await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
      expect(await page.content()).not.toContain('ans-');

      await unlockThroughUi(page);
      await page.getByRole('button', { name: title, exact: true }).click();
      await verifyWholePlan(page, filled);
    });
  }

  test('shows and hides questions live as answers change (showIf)', async ({ page }) => {
    await createVaultThroughUi(page);
    await startPlan(page, 'Workplace safety plan');
    await page.getByRole('button', { name: /^Where I work/ }).click();
    await page.getByRole('checkbox', { name: 'Street' }).check();
    await page.getByRole('button', { name: /^Check-ins and code words/ }).click();
    await expect(
      page.getByText('Who notes the plate or client when I leave with someone'),
    ).toBeVisible();
    await expect(page.getByText('Signals with co-workers at the venue')).toHaveCount(0);

    await page.getByRole('button', { name: /^Where I work/ }).click();
    await page.getByRole('checkbox', { name: 'Street' }).uncheck();
    await page.getByRole('checkbox', { name: 'In-call (clients come to me)' }).check();
    await page.getByRole('button', { name: /^Check-ins and code words/ }).click();
    await expect(page.getByText('Signals with co-workers at the venue')).toBeVisible();
    await expect(
      page.getByText('Who notes the plate or client when I leave with someone'),
    ).toHaveCount(0);
  });
});
