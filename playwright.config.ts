import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/**
 * Browser tests drive Debian's Chromium (or CHROME_PATH) against the production build.
 * We never download a browser; without one the run fails loudly instead of skipping.
 */
const chromium = CHROMIUM_PATH;
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's: sudo apt-get install -y chromium ` +
      '(elsewhere: npx playwright install chromium, then set CHROME_PATH to its executable).',
  );
}

// PW_PORT lets two checkouts run their browser tests side by side on one machine.
const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    // Generous: CI shares two cores between the browser, the server and Argon2id.
    actionTimeout: 20_000,
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 360, height: 640 },
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: chromium,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // Serves the already-built dist/ (npm test builds first).
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
