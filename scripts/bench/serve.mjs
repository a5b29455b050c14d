/**
 * The bench's static server: serves a built folder on 127.0.0.1 (random port) with the
 * page's own CSP also sent as a header (a <meta> policy governs the document only, the
 * header governs workers too), as a static host would. Records every path it served.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The CSP the build put into the bench page (the app's own, see vite.bench.config.ts). */
export function builtCsp(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!csp || csp.includes('__PATHWAY_APP_CSP__')) {
    throw new Error('The bench page was built without the app CSP.');
  }
  return csp.replaceAll('&#39;', "'").replaceAll('&apos;', "'");
}

/** Types a static host compresses. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.wasm',
  '.json',
  '.svg',
  '.webmanifest',
]);

/**
 * Serves outDir on 127.0.0.1 (random port), gzip-compressed when the client accepts it
 * (as any static host does; Lighthouse and transfer sizes assume it). `extra` maps URL
 * paths to files outside outDir (the bench page borrows the app build's opener program).
 */
export function serve(outDir, csp, extra = {}) {
  const served = [];
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    served.push(url.pathname);
    const path = resolve(outDir, `.${decodeURIComponent(url.pathname)}`);
    const file =
      extra[url.pathname] ??
      (path.endsWith(sep) || url.pathname === '/' ? join(path, 'index.html') : path);
    const inside = Boolean(extra[url.pathname]) || !relative(outDir, file).startsWith('..');
    if (req.method !== 'GET' || !inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const type = extname(file);
    const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    let body = readFileSync(file);
    if (gzip) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file);
    }
    res.writeHead(200, {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      // Hashed assets are cached like a static host (or the app's precache) would.
      'Cache-Control': url.pathname.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    res.end(body);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServer({ server, origin: `http://127.0.0.1:${port}`, served });
    });
  });
}
