import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * Production build of the benchmark page (scripts/bench/), used by `npm run bench`.
 * It is a separate build into node_modules/.cache: the app's own config, bundle and
 * dist/ are untouched. The page imports the real vault API (src/vault/index.ts), so the
 * vault worker is bundled exactly as the app bundles it.
 */

const APP_HTML = fileURLToPath(new URL('./index.html', import.meta.url));
const CSP_PLACEHOLDER = '__PATHWAY_APP_CSP__';

/** The app's Content-Security-Policy, read from its index.html so the two never drift. */
function appCsp(): string {
  const html = readFileSync(APP_HTML, 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('No Content-Security-Policy <meta> found in index.html.');
  return match[1];
}

export const sameCspAsApp: Plugin = {
  name: 'pathway:bench-csp',
  transformIndexHtml: {
    order: 'pre',
    handler(html) {
      if (!html.includes(CSP_PLACEHOLDER)) throw new Error('Bench page lost its CSP placeholder.');
      return html.replace(CSP_PLACEHOLDER, appCsp());
    },
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('./scripts/bench/', import.meta.url)),
  base: '/',
  publicDir: false,
  plugins: [sameCspAsApp],
  // As in vite.config.ts: the vault worker is an ES module worker.
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('./node_modules/.cache/pathway-bench/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // The page and both workers carry libsodium-sumo (wasm inlined); that is expected here.
    chunkSizeWarningLimit: 4096,
  },
});
