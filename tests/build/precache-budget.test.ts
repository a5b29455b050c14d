import { beforeAll, describe, expect, it } from 'vitest';
import { gzipSize, precacheUrls, requireBuild } from './dist';

const KB = 1024;
/** Target: everything the service worker downloads at install, templates aside (gzip). */
const PRECACHE_BUDGET = 400 * KB;
/**
 * Ratchet while the target is missed: libsodium is precached twice (the crypto worker's
 * chunk and the self-opening file's opener, which must carry its own copy), about 180 KB
 * of the excess; see docs/PERFORMANCE.md. Lower this as the precache shrinks. Raised from
 * 530 to 580 KB when template sharing landed: its screens, QR codes (uqr) and ~90 new
 * strings in each of the ten languages (~2.5 KB gzip per catalog) came to ~50 KB.
 */
const PRECACHE_CEILING = 580 * KB;
/** The bundled plan templates: content, sized by what they say, not by our code. */
const TEMPLATE = /^assets\/[a-z0-9-]+-[\w-]{8}\.json$/;

/** gzip bytes of every precached file except the templates (each URL once). */
function precacheWithoutTemplates(): number {
  // sw.js can list a manifest icon twice (manifest + glob); it is fetched once.
  const urls = [...new Set(precacheUrls())];
  const templates = urls.filter((url) => TEMPLATE.test(url));
  expect(templates.length).toBeGreaterThanOrEqual(3);
  const sizes = urls
    .filter((url) => !TEMPLATE.test(url))
    .map((url) => [url, gzipSize(url)] as const)
    .sort((a, b) => b[1] - a[1]);
  const total = sizes.reduce((sum, [, size]) => sum + size, 0);
  const templateTotal = templates.reduce((sum, url) => sum + gzipSize(url), 0);
  console.log(
    `precache: ${(total / KB).toFixed(1)} KB gzip in ${sizes.length} files, plus ` +
      `${(templateTotal / KB).toFixed(1)} KB of templates; largest: ` +
      sizes
        .slice(0, 4)
        .map(([url, size]) => `${url} ${(size / KB).toFixed(1)} KB`)
        .join(', '),
  );
  return total;
}

describe('the precache size (gzip)', () => {
  beforeAll(requireBuild);

  it(`does not grow past ${PRECACHE_CEILING / KB} KB without the templates`, () => {
    expect(precacheWithoutTemplates()).toBeLessThanOrEqual(PRECACHE_CEILING);
  });

  // Known miss (libsodium twice, see above). `fails` keeps the suite green and turns red
  // the day the budget is met, so whoever meets it removes `.fails` and the ceiling.
  it.fails(`stays under ${PRECACHE_BUDGET / KB} KB without the templates (known miss)`, () => {
    expect(precacheWithoutTemplates()).toBeLessThanOrEqual(PRECACHE_BUDGET);
  });
});
