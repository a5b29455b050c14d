import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { sameCspAsApp } from './vite.bench.config.ts';

/**
 * The cold-start baseline for `npm run bench` (scripts/bench/hello/): a bare Preact
 * "hello" page built like the app (production mode, ES2022, the app's CSP) with its own
 * service worker precaching it, into node_modules/.cache so dist/ is untouched.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./scripts/bench/hello/', import.meta.url)),
  base: '/',
  publicDir: false,
  plugins: [
    sameCspAsApp,
    preact(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json,png,svg,wasm,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('./node_modules/.cache/pathway-bench-hello/', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
});
