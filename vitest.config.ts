import { defineConfig } from 'vitest/config';

/**
 * Two vitest projects: `unit` runs beside-the-code tests in Node (IndexedDB from
 * fake-indexeddb), `build` inspects the production output in dist/ after `vite build`.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
});
