import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (or CHROME_PATH) against the production build.
 * We never download a browser; without one the run fails loudly instead of skipping.
 */
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  throw new Error(
    `No Chromium at ${chromium}. Install Debian's: sudo apt-get install -y chromium ` +
      '(elsewhere: npx playwright install chromium, then set CHROME_PATH to its executable).',
  );
}

const PORT = 4173;

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
      // Without these Chromium reaches for Google at start, which would pollute the
      // zero-egress check (and fail on this machine's closed network anyway).
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--no-pings',
        '--disable-features=OptimizationHints,MediaRouter,Translate,AutofillServerCommunication',
        ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ],
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
