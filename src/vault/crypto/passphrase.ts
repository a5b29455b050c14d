import { utf8 } from './bytes.ts';

/**
 * Passphrase → bytes for Argon2id. NFKC so the same passphrase typed on another keyboard
 * or input method (full-width Latin on a CJK keyboard, composed vs decomposed Vietnamese
 * accents) gives the same key. Leading/trailing whitespace is dropped because phone
 * keyboards add a trailing space after a suggested word; a lock-out costs the person all
 * their plans, a few bits of entropy do not. Inner spaces are kept as typed.
 * Exports (Step 6) must use this same function.
 */
export function normalizePassphrase(passphrase: string): Uint8Array {
  const normalized = passphrase.normalize('NFKC').trim();
  if (normalized.length === 0) throw new RangeError('The passphrase is empty.');
  return utf8(normalized);
}
