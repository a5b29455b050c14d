import { beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, distFiles, gzipSize, readDist, requireBuild, staticClosure } from './dist';

const KB = 1024;
/** JS that must load before the lock screen can show (gzip). */
const INITIAL_JS_BUDGET = 60 * KB;
/** libsodium (sumo, wasm inlined), gzip; loads only in the crypto worker. */
const SODIUM_BUDGET = 200 * KB;
/** The crypto worker's own code (vault, backups, validation), gzip. */
const WORKER_BUDGET = 40 * KB;

describe('size budgets (gzip)', () => {
  beforeAll(requireBuild);

  it('reports every chunk', () => {
    const chunks = distFiles().filter((file) => /\.(js|css|json|wasm)$/.test(file));
    const rows = chunks.map(
      (file) => `${(gzipSize(file) / KB).toFixed(1).padStart(7)} KB  ${file}`,
    );
    console.log(`gzip sizes:\n${rows.join('\n')}`);
    expect(rows.length).toBeGreaterThan(0);
  });

  it(`keeps the JS before unlock under ${INITIAL_JS_BUDGET / KB} KB`, () => {
    const manifest = buildManifest();
    const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry);
    expect(entries.length).toBeGreaterThan(0);
    const initial = new Set(entries.flatMap(([key]) => staticClosure(key, manifest)));
    // The service worker registration starts at boot too, so it counts as initial.
    for (const file of distFiles()) if (/workbox-window/.test(file)) initial.add(file);
    const total = [...initial]
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + gzipSize(f), 0);
    console.log(`initial JS: ${(total / KB).toFixed(1)} KB gzip in ${[...initial].join(', ')}`);
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('keeps libsodium out of the initial JS, in one chunk of its own, within budget', () => {
    const manifest = buildManifest();
    const initial = Object.entries(manifest)
      .filter(([, chunk]) => chunk.isEntry)
      .flatMap(([key]) => staticClosure(key, manifest));
    for (const file of initial) expect(readDist(file), file).not.toMatch(/crypto_pwhash/);
    const sodium = distFiles().filter((f) => /^assets\/libsodium[\w.-]*\.js$/.test(f));
    const worker = distFiles().filter((f) => /^assets\/crypto-[\w-]+\.js$/.test(f));
    expect(sodium).toHaveLength(1);
    expect(worker).toHaveLength(1);
    const sodiumSize = gzipSize(sodium[0] ?? '');
    const workerSize = gzipSize(worker[0] ?? '');
    console.log(`libsodium: ${(sodiumSize / KB).toFixed(1)} KB gzip (${sodium[0]})`);
    console.log(`crypto worker code: ${(workerSize / KB).toFixed(1)} KB gzip (${worker[0]})`);
    expect(sodiumSize).toBeLessThanOrEqual(SODIUM_BUDGET);
    expect(workerSize).toBeLessThanOrEqual(WORKER_BUDGET);
  });
});
