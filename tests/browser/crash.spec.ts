import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { expect, isLocal, test } from './fixtures';
import { startPlan } from './plan-steps';
import { createVaultThroughUi, unlockThroughUi } from './vault-steps';

/** How many times the browser is killed mid-work (each run takes about 3 s). */
const KILLS = 20;

interface Running {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Start Chromium on a profile folder we keep between runs, and connect to it. */
async function launch(profile: string, origin: string, offOrigin: string[]): Promise<Running> {
  const child = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...CHROMIUM_ARGS,
      'about:blank',
    ],
    { detached: true },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`Chromium exited early: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  context.on('request', (request) => {
    if (!isLocal(request.url(), origin)) offOrigin.push(request.url());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { process: child, browser, page };
}

/** Kill -9: no clean shutdown, no chance to flush anything. */
async function kill(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.process.on('exit', resolve));
  // The whole process group: the browser and its helpers (zygote, crash handler) at once.
  if (running.process.pid) process.kill(-running.process.pid, 'SIGKILL');
  await exited;
}

async function openScreening(page: Page) {
  await page.getByRole('button', { name: 'Workplace safety plan', exact: true }).click();
  await page.getByRole('button', { name: /^Screening new clients/ }).click();
  return page.locator('[data-item] textarea').first();
}

test('killing the browser mid-save never loses an acknowledged save or the vault', async ({
  baseURL,
}) => {
  test.setTimeout(KILLS * 12_000);
  const origin = new URL(baseURL ?? '').origin;
  const profile = mkdtempSync(join(tmpdir(), 'pathway-crash-'));
  const offOrigin: string[] = [];
  let acknowledged = '';
  let unacknowledged = '';
  try {
    for (let run = 0; run <= KILLS; run++) {
      const running = await launch(profile, origin, offOrigin);
      const { page } = running;
      let field: Awaited<ReturnType<typeof openScreening>>;
      if (run === 0) {
        await createVaultThroughUi(page, undefined, baseURL);
        await startPlan(page, 'Workplace safety plan');
        await page.getByRole('button', { name: /^Screening new clients/ }).click();
        field = page.locator('[data-item] textarea').first();
      } else {
        await page.goto(baseURL ?? '/');
        await unlockThroughUi(page);
        field = await openScreening(page);
        // Every save that said "Saved" is there; at most the edit after it is missing.
        const value = await field.inputValue();
        expect([acknowledged, unacknowledged], `after kill ${run}`).toContain(value);
      }
      if (run === KILLS) {
        await kill(running);
        break;
      }
      acknowledged = `saved in run ${run}`;
      await field.fill(acknowledged);
      await expect(page.getByText('Saved', { exact: true })).toBeVisible();
      unacknowledged = `typed in run ${run}, maybe not saved`;
      await field.fill(unacknowledged);
      // Kill at a random moment: before, during or after the next save.
      await page.waitForTimeout(Math.floor(Math.random() * 900));
      await kill(running);
    }
    expect(offOrigin).toEqual([]);
  } finally {
    // Chromium's helper processes may still be letting go of the profile for a moment.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }
});
