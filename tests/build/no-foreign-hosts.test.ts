import { beforeAll, describe, expect, it } from 'vitest';
import { distFiles, readDist, requireBuild } from './dist';

/**
 * Every http(s) URL allowed to appear in the built output, each reviewed: none of them
 * is ever fetched. Anything else fails the test, so a new CDN or analytics URL cannot
 * slip into the build unnoticed.
 */
const REVIEWED: readonly { pattern: RegExp; why: string }[] = [
  { pattern: /^http:\/\/www\.w3\.org\//, why: 'XML namespace identifiers (SVG, XHTML, MathML)' },
  { pattern: /^https:\/\/bit\.ly\/wb-precache$/, why: 'workbox console warning text' },
  { pattern: /^https:\/\/github\.com\/jedisct1\/libsodium/, why: 'libsodium error-message text' },
  {
    pattern: /^https?:\/\//,
    why: 'citations shown to the person as text (template sources, JSON only)',
  },
];

/** URLs in JSON templates are citations: allowed only there, never in code. */
const CITATION_FILES = /^assets\/[\w-]+-[\w-]+\.json$/;

function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'`)<>\\]+/g)].map((match) => match[0]);
}

describe('the built app loads nothing from another host', () => {
  beforeAll(requireBuild);

  it('has only reviewed URLs in its code, page and styles', () => {
    const code = distFiles().filter((f) => /\.(js|css|html|webmanifest)$/.test(f));
    const seen = new Map<string, string>();
    for (const file of code) {
      for (const url of urlsIn(readDist(file))) {
        // The catch-all citation rule is last and only for template JSON, never code.
        const rule = REVIEWED.slice(0, -1).find(({ pattern }) => pattern.test(url));
        expect(rule, `unreviewed URL ${url} in ${file}`).toBeDefined();
        seen.set(url, rule?.why ?? '');
      }
    }
    console.log(
      `reviewed URLs in built code:\n${[...seen].map(([url, why]) => `  ${url} — ${why}`).join('\n')}`,
    );
  });

  it('has citation URLs only inside template files', () => {
    const templates = distFiles().filter((f) => CITATION_FILES.test(f));
    const citations = templates.flatMap((file) => urlsIn(readDist(file)));
    for (const url of citations) expect(url).toMatch(/^https:\/\//);
    console.log(`template citations (shown as text, never fetched): ${citations.length}`);
  });

  it('loads no script, style, font or image from another host in the page', () => {
    const html = readDist('index.html');
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, ref).not.toMatch(/^(https?:)?\/\//);
  });
});
