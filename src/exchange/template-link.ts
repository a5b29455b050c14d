import { fromBase64url, toBase64url } from './base64url.ts';
import { deflate, inflateWithin } from './deflate.ts';
import { LinkError } from './template-link-errors.ts';

/**
 * A plan template shared as a link: `<origin>/#template=<base64url of zlib-deflated JSON>`.
 * The data sits in the URL fragment, which browsers never send to a server, so opening the
 * link reveals nothing to the host. Limits are checked before any work, and inflating
 * stops as soon as the output passes its cap, so a hostile link costs little.
 */

/** What comes between `#` and the data. */
export const TEMPLATE_LINK_KEY = 'template';

/**
 * Longest fragment read, in characters (~300 KB of compressed data). Chat apps and QR
 * codes carry far less; the bundled templates compress to well under a tenth of this.
 */
export const MAX_LINK_FRAGMENT_CHARS = 400_000;

/** Largest template JSON accepted from a link, after inflating: 2 MiB. */
export const MAX_LINK_JSON_BYTES = 2 * 1024 * 1024;

const PREFIX = `#${TEMPLATE_LINK_KEY}=`;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The result of reading a link: the template's JSON text, not yet validated. */
export type LinkReadResult = { ok: true; json: string } | { ok: false; error: LinkError };

/** Template JSON text → the link data (base64url of its deflated UTF-8). */
export async function encodeLinkData(json: string): Promise<string> {
  return toBase64url(await deflate(new TextEncoder().encode(json)));
}

/** The shareable link for `data` from {@link encodeLinkData}; `origin` has no trailing slash. */
export function buildTemplateLink(origin: string, data: string): string {
  return `${origin}/${PREFIX}${data}`;
}

/**
 * `location.hash` → the template JSON it carries. The caller still validates the JSON with
 * the template validator: this only proves it arrived whole and is UTF-8 text.
 */
export async function readTemplateLinkFragment(hash: string): Promise<LinkReadResult> {
  if (!hash.startsWith(PREFIX)) return refuse('not-a-template-link');
  // Length before anything else: a huge fragment is refused without being scanned.
  if (hash.length > PREFIX.length + MAX_LINK_FRAGMENT_CHARS) return refuse('too-large');
  const data = hash.slice(PREFIX.length);
  if (!BASE64URL.test(data)) return refuse('damaged');
  const compressed = fromBase64url(data);
  if (!compressed) return refuse('damaged');
  const bytes = await inflateWithin(compressed, MAX_LINK_JSON_BYTES);
  if (typeof bytes === 'string') return refuse(bytes);
  try {
    return { ok: true, json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return refuse('damaged');
  }
}

function refuse(code: LinkError['code']): LinkReadResult {
  return { ok: false, error: new LinkError(code) };
}
