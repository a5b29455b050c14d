import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A copy of dist/ served from its own folder, so a test can "deploy" a changed build. */
export interface Deployment {
  readonly root: string;
  readonly url: string;
  close(): Promise<void>;
}

/** Copy the production build to a temporary folder and serve it on 127.0.0.1:`port`. */
export async function deployBuild(port: number): Promise<Deployment> {
  const root = mkdtempSync(join(tmpdir(), 'pathway-deploy-'));
  cpSync(new URL('../../dist/', import.meta.url).pathname, root, { recursive: true });
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'index.html' : path);
    try {
      const body = readFileSync(file.startsWith(root) ? file : join(root, 'index.html'));
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      // Like a static host with an SPA fallback.
      response.writeHead(200, { 'content-type': TYPES['.html'] ?? '' });
      response.end(readFileSync(join(root, 'index.html')));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    root,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
