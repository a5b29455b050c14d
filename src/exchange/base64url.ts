/**
 * Base64url without padding (RFC 4648 §5): the alphabet survives URLs, file names and chat
 * apps that mangle `+`, `/` and `=`. Decoding is strict: any other character, an impossible
 * length, or non-zero unused bits is refused, so one text has exactly one meaning.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES = (() => {
  const values = new Int16Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

const CODES = new TextEncoder().encode(ALPHABET);

/** Bytes → base64url text without padding. */
export function toBase64url(bytes: Uint8Array): string {
  // ASCII codes into one buffer, decoded once: a 20 MiB backup stays a few big allocations.
  const out = new Uint8Array(Math.ceil((bytes.length * 8) / 6));
  let index = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const triple = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, out.length - index);
    for (let k = 0; k < chars; k++) out[index++] = CODES[(triple >> (18 - 6 * k)) & 63] ?? 0;
  }
  return new TextDecoder().decode(out);
}

/** Base64url text (no padding, no whitespace) → bytes, or null if it is not canonical. */
export function fromBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (VALUES[code] ?? -1) : -1;
    if (value < 0) return null;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two texts would decode to the same bytes.
  return (buffer & ((1 << bits) - 1)) === 0 ? out : null;
}
