import type { TemplateError } from './errors.ts';
import type { Template } from './types.ts';
import { validateTemplate } from './validate.ts';

/**
 * The bundled template files as URLs. They are fetched rather than imported so they
 * stay separate cacheable files, and are parsed by the same validator as a file a
 * stranger shares: the app trusts no template, its own included.
 */
const templateUrls = import.meta.glob<string>(
  ['../../templates/*.json', '!../../templates/schema.json'],
  {
    query: '?url',
    import: 'default',
  },
);

/** Options for {@link loadBundledTemplates}. */
export interface LoadOptions {
  signal?: AbortSignal;
  /** Told about a bundled file that failed to load or validate; the others still load. */
  onInvalid?: (file: string, errors: TemplateError[]) => void;
  /** For tests: where to read a URL from. */
  fetch?: (
    url: string,
    init: { signal?: AbortSignal },
  ) => Promise<{ ok: boolean; text(): Promise<string> }>;
  /** For tests: file path → URL loader, as `import.meta.glob` returns. */
  urls?: Record<string, () => Promise<string>>;
}

async function loadOne(file: string, getUrl: () => Promise<string>, options: LoadOptions) {
  const doFetch = options.fetch ?? ((url, init) => fetch(url, init));
  try {
    const response = await doFetch(await getUrl(), { signal: options.signal });
    if (!response.ok) throw new Error('the file could not be read');
    const result = validateTemplate(await response.text());
    if (result.ok) return result.template;
    options.onInvalid?.(file, result.errors);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    options.onInvalid?.(file, [
      { path: '$', message: error instanceof Error ? error.message : String(error) },
    ]);
  }
  return undefined;
}

/** Loads and validates every bundled template; a broken one is skipped, not fatal. */
export async function loadBundledTemplates(options: LoadOptions = {}): Promise<Template[]> {
  const entries = Object.entries(options.urls ?? templateUrls).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  const loaded = await Promise.all(entries.map(([file, getUrl]) => loadOne(file, getUrl, options)));
  return loaded.filter((template): template is Template => template !== undefined);
}
