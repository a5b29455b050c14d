import { fromBase64url } from '../../exchange/base64url.ts';

/**
 * A signer's fingerprint as people compare it aloud or side by side: the first 80 bits of
 * SHA-256 of the Ed25519 public key, as five groups of four hex digits
 * ("3F2A 9C01 77BE 4D10 8E55"). 80 bits is far beyond what anyone could forge a match for
 * by trial, and short enough to read over the phone.
 */
export async function fingerprintOf(publicKey: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey as BufferSource));
  const hex = [...digest.slice(0, 10)]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)?.join(' ') ?? hex;
}

/** The fingerprint of a public key kept as base64url text (as stored); "" if malformed. */
export async function fingerprintOfStoredKey(publicKey: string): Promise<string> {
  const bytes = fromBase64url(publicKey);
  return bytes ? fingerprintOf(bytes) : '';
}
