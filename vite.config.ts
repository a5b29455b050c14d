import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [
    devOnlyInlineStyles,
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
