import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The production output that `npm run build` wrote. */
export const DIST = new URL('../../dist/', import.meta.url).pathname;

/** Fail early with a useful message when the build has not run. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before the build tests.');
  }
}

/** Every file under dist/, as paths relative to dist/ (dot-folders included). */
export function distFiles(dir = DIST): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? distFiles(full) : [relative(DIST, full)];
  });
}

/** A dist file's text. */
export function readDist(path: string): string {
  return readFileSync(join(DIST, path), 'utf8');
}

/** A dist file's gzip size in bytes (level 9, as a static host would serve it). */
export function gzipSize(path: string): number {
  return gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
}

/** The URLs workbox precaches, read from the generated service worker. */
export function precacheUrls(): string[] {
  const sw = readDist('sw.js');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/** Vite's build manifest: source id → emitted chunk. */
export function buildManifest(): Record<string, ManifestChunk> {
  return JSON.parse(readDist('.vite/manifest.json'));
}

/** Files of a chunk and everything it imports statically (what loads before it runs). */
export function staticClosure(entry: string, manifest = buildManifest()): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...seen];
}
