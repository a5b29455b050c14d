import { encodePadded } from './crypto/pad.ts';

/** Value → UTF-8 JSON bytes (what gets padded and encrypted). */
export function encodeValue(value: unknown): Uint8Array {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('This value cannot be stored.');
  return new TextEncoder().encode(json);
}

/**
 * Value → UTF-8 JSON already padded to `block` (ISO/IEC 7816-4, as libsodium pads), encoded
 * straight into the padded buffer: what a save encrypts, with one copy fewer.
 */
export function encodeValuePadded(value: unknown, block: number): Uint8Array {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('This value cannot be stored.');
  return encodePadded(json, block);
}

/** UTF-8 JSON bytes → value; throws on invalid UTF-8 or JSON. */
export function decodeValue(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}
