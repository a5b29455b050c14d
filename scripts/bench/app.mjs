/**
 * The app-level part of `npm run bench`: production builds of the app and of a bare
 * Preact "hello" page (each with its own service worker), their byte sizes, and cold
 * starts from the service-worker cache with the network switched off.
 *
 * Builds go to node_modules/.cache (dist/ is untouched). Both are served by the same
 * static server (serve.mjs: gzip, CSP header), each on its own origin.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { builtCsp, serve } from './serve.mjs';

export const CPU_SLOWDOWN = 4;
const PASSPHRASE = 'correct horse battery staple ngựa';
/** Bundled templates (assets/<id>-<hash>.json): content, budgeted apart from code. */
const TEMPLATE = /^assets\/[a-z0-9-]+-[\w-]{8}\.json$/;

/** Builds the app (vite.config.ts) and the hello page into node_modules/.cache. */
export async function buildApps(root) {
  const appDir = join(root, 'node_modules/.cache/pathway-bench-app');
  const helloDir = join(root, 'node_modules/.cache/pathway-bench-hello');
  await build({
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: appDir, emptyOutDir: true, reportCompressedSize: false },
  });
  await build({ configFile: join(root, 'vite.hello.config.ts'), logLevel: 'warn' });
  return { appDir, helloDir };
}

const gz = (dir, file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** Precache URLs from a generated sw.js (each once; an icon can be listed twice). */
function precache(dir) {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]))];
}

/** gzip sizes as the build tests count them (tests/build/budget and precache-budget). */
export function byteSizes(appDir, helloDir) {
  const manifest = JSON.parse(readFileSync(join(appDir, '.vite/manifest.json'), 'utf8'));
  const initial = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  const urls = precache(appDir);
  for (const url of urls) if (/workbox-window/.test(url)) initial.add(url);
  const initialJs = [...initial]
    .filter((f) => f.endsWith('.js'))
    .reduce((n, f) => n + gz(appDir, f), 0);
  const css = urls.filter((u) => u.endsWith('.css')).reduce((n, f) => n + gz(appDir, f), 0);
  const templates = urls.filter((u) => TEMPLATE.test(u));
  const code = urls.filter((u) => !TEMPLATE.test(u));
  const sized = code.map((u) => [u, gz(appDir, u)]).sort((a, b) => b[1] - a[1]);
  return {
    initialJs,
    firstPaint: initialJs + css + gz(appDir, 'index.html'),
    precacheNoTemplates: sized.reduce((n, [, size]) => n + size, 0),
    templates: templates.reduce((n, u) => n + gz(appDir, u), 0),
    precacheFiles: urls.length,
    largest: sized.slice(0, 4),
    hello: precache(helloDir).reduce((n, u) => n + gz(helloDir, u), 0),
  };
}

/** Records the moment a password field is shown, enabled, painted and the thread is free. */
const INTERACTIVE_PROBE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const field = document.querySelector('input[type=password]');
    if (!field || field.disabled || !field.isConnected || field.getClientRects().length === 0) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__interactiveAt = performance.now(); }));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** One origin's browser profile: installs the service worker online, then starts it cold. */
class Target {
  constructor(name, dir) {
    this.name = name;
    this.dir = dir;
    this.profile = mkdtempSync(join(tmpdir(), `pathway-bench-${name}-`));
    this.requests = [];
    this.problems = [];
  }

  async start() {
    this.csp = builtCsp(this.dir);
    Object.assign(this, await serve(this.dir, this.csp));
  }

  async launch() {
    const context = await chromium.launchPersistentContext(this.profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 360, height: 640 },
    });
    context.on('request', (request) => this.requests.push(request.url()));
    context.on('page', (page) => {
      page.on('pageerror', (error) => this.problems.push(`${this.name}: ${error.message}`));
    });
    return context;
  }

  /** First visit, online: the service worker installs and precaches; the app gets a vault. */
  async install(setUp) {
    const context = await this.launch();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (error) => this.problems.push(`${this.name}: ${error.message}`));
      await page.goto(`${this.origin}/`);
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active?.state;
      });
      if (setUp) await setUp(page);
      await page.close();
    } finally {
      await context.close();
    }
  }

  /** A cold start: new browser, network off, CPU slowed; ms from navigation to interactive. */
  async coldStart() {
    const context = await this.launch();
    try {
      await context.setOffline(true);
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (error) => this.problems.push(`${this.name}: ${error.message}`));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      await page.addInitScript(INTERACTIVE_PROBE);
      await page.goto(`${this.origin}/`);
      await page.waitForFunction(() => window.__interactiveAt !== undefined, null, {
        timeout: 60_000,
      });
      const result = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          interactiveMs: window.__interactiveAt,
          longTasks: window.__longTasks.filter(([start]) => start < window.__interactiveAt),
          fromServiceWorker: nav?.workerStart > 0,
          controlled: Boolean(navigator.serviceWorker.controller),
        };
      });
      if (!result.controlled)
        throw new Error(`${this.name}: the page was not served by its service worker.`);
      return { ms: result.interactiveMs, longTasks: result.longTasks };
    } finally {
      await context.close();
    }
  }

  close() {
    this.server?.close();
    rmSync(this.profile, { recursive: true, force: true });
  }
}

/** Set-up through the app's own screens, so later starts show the lock screen. */
async function createVault(page) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Repeat passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await page.locator('.recovery-code').waitFor({ timeout: 120_000 });
  await page.getByRole('button', { name: 'I have kept it safe' }).click();
  await page.getByRole('button', { name: 'Lock' }).waitFor();
}

/**
 * Cold starts of the app's lock screen and of the hello page, alternating, `runs` each.
 * Throws on any page error or any request that leaves the two origins.
 */
export async function coldStarts(appDir, helloDir, runs) {
  const app = new Target('app', appDir);
  const hello = new Target('hello', helloDir);
  try {
    await app.start();
    await hello.start();
    await app.install(createVault);
    await hello.install();
    const appRuns = [];
    const helloMs = [];
    for (let run = 0; run < runs; run++) {
      const order = run % 2 ? [hello, app] : [app, hello];
      for (const target of order) {
        const result = await target.coldStart();
        if (target === app) appRuns.push(result);
        else helloMs.push(result.ms);
      }
    }
    const appMs = appRuns.map((r) => r.ms);
    const byTime = [...appRuns].sort((a, b) => a.ms - b.ms);
    const appLongTasks = byTime[Math.floor(byTime.length / 2)]?.longTasks ?? [];
    const origins = new Set([app.origin, hello.origin]);
    const requests = [...app.requests, ...hello.requests];
    const offOrigin = requests.filter(
      (url) =>
        !/^(data|blob|about|chrome-extension):/.test(url) && !origins.has(new URL(url).origin),
    );
    if (offOrigin.length) throw new Error(`Requests left the origin:\n  ${offOrigin.join('\n  ')}`);
    const problems = [...app.problems, ...hello.problems];
    if (problems.length)
      throw new Error(`Page errors during cold starts:\n  ${problems.join('\n  ')}`);
    return { appMs, helloMs, appLongTasks, requests: requests.length };
  } finally {
    app.close();
    hello.close();
  }
}
