import type { OpenerStrings } from './strings.ts';

/**
 * The self-opening page: the encrypted bytes (base64, in a non-executed script element),
 * the messages it shows, and the opener program inline. Its own CSP allows exactly that
 * script and that style by hash, WebAssembly for libsodium, images only from data:, and
 * no network at all (`connect-src 'none'`, `default-src 'none'`).
 */

/** Plain, printable, calm; no web fonts, nothing loaded. */
export const OPENER_CSS = `:root{color-scheme:light;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0;background:#f4f1ea;color:#1d1d1d}
main{max-width:40rem;margin:0 auto;padding:1rem}
form{display:flex;flex-direction:column;gap:.5rem}
input,button{font:inherit;padding:.6rem;border-radius:.4rem;border:1px solid #555}
button{background:#2f5d62;color:#fff;border-color:#2f5d62;cursor:pointer}
button:disabled{opacity:.6}
.problem{min-height:1.5em;color:#8a1c1c}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:1.5rem}
dt{font-weight:600;margin-top:.75rem}dd{margin:0 0 0 0}
.entry{border-left:3px solid #ccc;padding-left:.75rem}
.contact{margin:0;padding-left:1.2rem}
.value{margin:.1rem 0;white-space:pre-wrap}
.badge{font-size:.8em;font-weight:400;border:1px solid #777;border-radius:.3rem;padding:0 .3rem}
@media print{body{background:#fff}.print{display:none}}`;

export interface OpenerPageParts {
  /** The built opener program (IIFE). */
  script: string;
  /** `.pathway` bytes of the payload. */
  encrypted: Uint8Array;
  strings: OpenerStrings;
  /** Language of the messages (`lang` of the page). */
  lang: string;
}

/** Bytes → base64, in slices so a large file does not overflow the argument list. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** CSP source for an inline script or style: 'sha256-<base64>' of its exact UTF-8 text. */
export async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${bytesToBase64(new Uint8Array(digest))}'`;
}

/** JSON that cannot end a <script> element or open a comment inside it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The program as inline script text. `</script` would end the element early; in the
 * built code it can only be inside a string or regex, where `<\/` means the same.
 * `<!--` cannot be rewritten safely, so such a build is refused.
 */
export function inlineScript(script: string): string {
  const text = script.replace(/<\/(script)/gi, '<\\/$1');
  if (/<!--/.test(text)) throw new Error('The opener program cannot be inlined safely.');
  return text;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

/** The whole page as text. */
export async function buildOpenerHtml(parts: OpenerPageParts): Promise<string> {
  const script = inlineScript(parts.script);
  const [scriptHash, styleHash] = await Promise.all([cspHash(script), cspHash(OPENER_CSS)]);
  const csp = [
    "default-src 'none'",
    `script-src ${scriptHash} 'wasm-unsafe-eval'`,
    `style-src ${styleHash}`,
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = parts.strings['file.pageTitle'] ?? 'Notes';
  return [
    '<!doctype html>',
    `<html lang="${escapeAttribute(parts.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeText(title)}</title>`,
    `<style>${OPENER_CSS}</style>`,
    '</head>',
    '<body>',
    `<script type="application/octet-stream" id="payload">${bytesToBase64(parts.encrypted)}</script>`,
    `<script type="application/json" id="strings">${scriptJson(parts.strings)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
