import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Same colour as the icons; neutral, calm, nothing that hints at the app's purpose. */
const THEME = '#2f5d62';

/**
 * In development Vite injects CSS through <style> tags, which the strict CSP blocks.
 * Relax style-src for `vite dev` only; the production page keeps the strict policy
 * (asserted by tests/build).
 */
const devOnlyInlineStyles: Plugin = {
  name: 'pathway:dev-inline-styles',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

const OPENER_MODULE = 'virtual:pathway-opener';
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * The self-opening plan file's program (src/exchange/opener/entry.ts): built in a second,
 * nested build as one IIFE with libsodium and everything else inlined, and emitted as
 * `assets/opener-<hash>.js`, so the service worker precaches it and the app can make such
 * a file offline. The app learns the file name from `virtual:pathway-opener` (null in dev).
 */
function selfOpeningFile(): Plugin {
  let fileName: string | null = null;
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'pathway:self-opening-file',
    configResolved(config) {
      command = config.command;
    },
    async buildStart() {
      if (command !== 'build') return;
      const output = await build({
        configFile: false,
        logLevel: 'warn',
        // The page has no catalogs: the messages it needs are embedded at export time.
        resolve: {
          alias: [
            {
              find: /^(\.\.\/)+i18n(\/index|\/format)?(\.ts)?$/,
              replacement: src('exchange/opener/i18n-shim.ts'),
            },
          ],
        },
        build: {
          write: false,
          target: 'es2022',
          minify: true,
          emptyOutDir: false,
          reportCompressedSize: false,
          lib: {
            entry: src('exchange/opener/entry.ts'),
            formats: ['iife'],
            name: 'PathwayOpener',
            fileName: () => 'opener.js',
          },
        },
      });
      const outputs = (Array.isArray(output) ? output : [output]).flatMap((o) =>
        'output' in o ? o.output : [],
      );
      const chunk = outputs.find((o) => o.type === 'chunk');
      if (chunk?.type !== 'chunk') throw new Error('The opener build made no script.');
      const hash = createHash('sha256').update(chunk.code).digest('base64url').slice(0, 8);
      fileName = `assets/opener-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
    resolveId: (id) => (id === OPENER_MODULE ? `\0${OPENER_MODULE}` : undefined),
    load: (id) =>
      id === `\0${OPENER_MODULE}` ? `export default ${JSON.stringify(fileName)};` : undefined,
  };
}

export default defineConfig({
  plugins: [
    devOnlyInlineStyles,
    selfOpeningFile(),
    preact(),
    VitePWA({
      // Never auto-reload: someone may be typing a plan. The page asks first (src/pwa).
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Pathway',
        short_name: 'Pathway',
        description: 'Notes and plans, kept on this device.',
        id: './',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#f4f1ea',
        theme_color: THEME,
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        // Everything the app needs offline: code, styles, the page, templates, icons, wasm.
        globPatterns: ['**/*.{js,css,html,json,png,svg,wasm,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // libsodium (sumo, wasm inlined) is one large chunk; it must still be precached.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Report gzip sizes in the build log; budgets are enforced by tests/build.
    reportCompressedSize: true,
    // dist/.vite/manifest.json lets tests/build follow the chunk graph for budgets.
    manifest: true,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
