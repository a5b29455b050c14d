import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, precacheUrls, requireBuild } from './dist';

const bundledTemplates = readdirSync(new URL('../../templates/', import.meta.url))
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => name.replace(/\.json$/, ''));

describe('the offline precache', () => {
  beforeAll(requireBuild);

  it('holds the page, every script and stylesheet, and the manifest', () => {
    const urls = precacheUrls();
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    const code = distFiles().filter((file) => /^assets\/.*\.(js|css|wasm)$/.test(file));
    expect(code.length).toBeGreaterThan(0);
    for (const file of code) expect(urls, file).toContain(file);
  });

  it('holds every bundled template', () => {
    expect(bundledTemplates.length).toBeGreaterThanOrEqual(3);
    const urls = precacheUrls();
    for (const id of bundledTemplates) {
      const pattern = new RegExp(`^assets/${id}-[\\w-]+\\.json$`);
      expect(
        urls.some((url) => pattern.test(url)),
        `template ${id}`,
      ).toBe(true);
    }
  });

  it('holds the icons the manifest names', () => {
    const urls = precacheUrls();
    for (const icon of ['icon-192.png', 'icon-512.png', 'maskable-512.png']) {
      expect(urls).toContain(`icons/${icon}`);
    }
  });

  it('does not precache build metadata', () => {
    expect(precacheUrls().filter((url) => url.startsWith('.vite/'))).toEqual([]);
  });
});
