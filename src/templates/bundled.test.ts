import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledTemplates } from './bundled.ts';
import { BUNDLED } from './test-template.ts';

/** Serves template files from disk by the file name at the end of the URL. */
async function diskFetch(url: string) {
  const name = url.split('/').pop()?.split('?')[0] ?? '';
  const text = readFileSync(new URL(`../../templates/${name}`, import.meta.url), 'utf8');
  return { ok: true, text: async () => text };
}

describe('loadBundledTemplates', () => {
  it('finds, fetches and validates every bundled template, but not schema.json', async () => {
    const templates = await loadBundledTemplates({ fetch: diskFetch });
    expect(templates.map((t) => t.id).sort()).toEqual([...BUNDLED].sort());
  });

  it('skips a broken file, reports it, and still loads the others', async () => {
    const reported: string[] = [];
    const templates = await loadBundledTemplates({
      urls: {
        'good.json': async () => '/workplace-safety.json',
        'bad.json': async () => '/bad.json',
      },
      fetch: async (url) =>
        url === '/bad.json'
          ? { ok: true, text: async () => '{"formatVersion": 2}' }
          : diskFetch(url),
      onInvalid: (file, errors) => reported.push(`${file}: ${errors[0]?.path}`),
    });
    expect(templates.map((t) => t.id)).toEqual(['workplace-safety']);
    expect(reported).toEqual(['bad.json: $.formatVersion']);
  });

  it('reports a file that cannot be fetched', async () => {
    const reported: string[] = [];
    const templates = await loadBundledTemplates({
      urls: { 'gone.json': async () => '/gone.json' },
      fetch: async () => ({ ok: false, text: async () => '' }),
      onInvalid: (file, errors) => reported.push(`${file}: ${errors[0]?.message}`),
    });
    expect(templates).toEqual([]);
    expect(reported).toEqual(['gone.json: the file could not be read']);
  });
});
