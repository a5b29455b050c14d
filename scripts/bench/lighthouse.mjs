/**
 * Lighthouse 12 on the app's production build (the bench's copy in node_modules/.cache),
 * served locally by serve.mjs (gzip, CSP header). Chromium is Debian's (CHROME_PATH),
 * started by chrome-launcher with the project's flags and a host-resolver rule that makes
 * every host other than 127.0.0.1 unresolvable, so nothing can leave the machine; the run
 * also fails if Lighthouse saw any request to another origin.
 *
 * Lighthouse's defaults: mobile form factor, simulated throttling (Lantern: 150 ms RTT,
 * 1.6 Mbit/s, 4× CPU), first visit with an empty cache: the set-up screen, as a new
 * person sees it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { builtCsp, serve } from './serve.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Runs Lighthouse `runs` times; returns the median score per category and what failed. */
export async function lighthouseScores(appDir, runs = 3) {
  const { server, origin } = await serve(appDir, builtCsp(appDir));
  const profile = mkdtempSync(join(tmpdir(), 'pathway-lighthouse-'));
  const results = [];
  try {
    for (let run = 0; run < runs; run++) {
      const chrome = await chromeLauncher.launch({
        chromePath: CHROMIUM_PATH,
        userDataDir: profile,
        chromeFlags: [
          '--headless=new',
          ...CHROMIUM_ARGS,
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        ],
      });
      try {
        const result = await lighthouse(`${origin}/`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error('Lighthouse returned no result.');
        results.push(result.lhr);
      } finally {
        chrome.kill();
      }
    }
  } finally {
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const offOrigin = results.flatMap((lhr) =>
    (lhr.audits['network-requests']?.details?.items ?? [])
      .map((item) => item.url)
      .filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin),
  );
  if (offOrigin.length) {
    throw new Error(`Lighthouse saw requests leave the origin:\n  ${offOrigin.join('\n  ')}`);
  }
  const errors = results.flatMap((lhr) => (lhr.runtimeError ? [lhr.runtimeError.message] : []));
  if (errors.length) throw new Error(`Lighthouse failed: ${errors.join('; ')}`);
  const scores = {};
  for (const category of CATEGORIES) {
    const values = results.map((lhr) => Math.round((lhr.categories[category]?.score ?? 0) * 100));
    values.sort((a, b) => a - b);
    scores[category] = { median: values[Math.floor(values.length / 2)], all: values };
  }
  // Audits that cost points in the median-performance run (score < 1, weighted or failing).
  const last = results[Math.floor(results.length / 2)];
  const failing = CATEGORIES.flatMap((category) =>
    last.categories[category].auditRefs
      .filter((ref) => {
        const audit = last.audits[ref.id];
        return (
          audit && audit.score !== null && audit.score < 1 && (ref.weight > 0 || audit.score === 0)
        );
      })
      .map((ref) => ({
        category,
        id: ref.id,
        title: last.audits[ref.id].title,
        score: last.audits[ref.id].score,
        value: last.audits[ref.id].displayValue ?? '',
      })),
  );
  const metrics = Object.fromEntries(
    [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
      'interactive',
    ].map((id) => [id, last.audits[id]?.displayValue ?? '']),
  );
  return { scores, failing, metrics, runs: results.length, version: last.lighthouseVersion };
}
