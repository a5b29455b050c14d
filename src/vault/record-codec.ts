/** Value → UTF-8 JSON bytes (what gets padded and encrypted). */
export function encodeValue(value: unknown): Uint8Array {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('This value cannot be stored.');
  return new TextEncoder().encode(json);
}

/** UTF-8 JSON bytes → value; throws on invalid UTF-8 or JSON. */
export function decodeValue(bytes: Uint8Array): unknown {
  return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
}
