import { beforeAll, describe, expect, it } from 'vitest';
import { readDist, requireBuild } from './dist';

/** The directives the production page must carry, word for word. */
const REQUIRED = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

function directives(policy: string): string[] {
  return policy.split(';').map((part) => part.trim().replace(/\s+/g, ' '));
}

describe('the content security policy', () => {
  beforeAll(requireBuild);

  it('is in the built page, strict, with no unsafe-inline or unsafe-eval', () => {
    const html = readDist('index.html');
    const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(policy).toBeDefined();
    const found = directives(policy ?? '');
    for (const directive of REQUIRED) expect(found).toContain(directive);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });

  it('is repeated in _headers with frame-ancestors, no-referrer and a Permissions-Policy', () => {
    const headers = readDist('_headers');
    const policy = /Content-Security-Policy: (.+)/.exec(headers)?.[1] ?? '';
    const found = directives(policy);
    for (const directive of [...REQUIRED, "frame-ancestors 'none'"]) {
      expect(found).toContain(directive);
    }
    expect(headers).toMatch(/Referrer-Policy: no-referrer/);
    expect(headers).toMatch(/Permissions-Policy: .*camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  });

  it('has no inline script in the built page', () => {
    const html = readDist('index.html');
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
    expect(inline).toEqual([]);
  });
});
