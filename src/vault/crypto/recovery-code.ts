import { utf8 } from './bytes.ts';

/** Crockford base32: no I, L, O, U, so the code survives handwriting and reading aloud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 24 characters × 5 bits = 120 bits of randomness. */
export const RECOVERY_CODE_LENGTH = 24;

/** Random recovery code as shown to the person: six groups of four, e.g. `7KQ2-...`. */
export function generateRecoveryCode(randomBytes: (length: number) => Uint8Array): string {
  // 15 bytes = 120 bits = exactly 24 base32 digits, so there is no modulo bias.
  const bytes = randomBytes(15);
  let bits = 0;
  let buffer = 0;
  let code = '';
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      code += ALPHABET.charAt((buffer >> bits) & 31);
    }
    buffer &= (1 << bits) - 1;
  }
  return formatRecoveryCode(code);
}

/** Groups a canonical code in fours with dashes for display. */
export function formatRecoveryCode(canonical: string): string {
  return canonical.match(/.{1,4}/g)?.join('-') ?? canonical;
}

/**
 * Canonical form of a typed code, or null if it cannot be one: case-insensitive, spaces
 * and dashes ignored, O read as 0 and I/L as 1 (Crockford's rules for misread characters).
 */
export function normalizeRecoveryCode(input: string): string | null {
  const canonical = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐-―]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (canonical.length !== RECOVERY_CODE_LENGTH) return null;
  for (const char of canonical) if (!ALPHABET.includes(char)) return null;
  return canonical;
}

/** Bytes fed to the KDF for a recovery code: its canonical 24-character form. */
export function recoveryCodeBytes(canonical: string): Uint8Array {
  return utf8(canonical);
}

/** KDF input for a code we generated ourselves (throws if it is somehow not well-formed). */
export function generatedCodeBytes(code: string): Uint8Array {
  const canonical = normalizeRecoveryCode(code);
  if (!canonical) throw new RangeError('Generated recovery code is malformed.');
  return recoveryCodeBytes(canonical);
}
