/** A rough, honest hint about a passphrase — never a gate. */
export type Strength = 'weak' | 'fair' | 'strong';

/**
 * Estimate strength from length and the number of words. Argon2id slows guessing a
 * lot, but a short or single-word passphrase still falls to a dictionary quickly.
 */
export function estimateStrength(passphrase: string): Strength {
  const trimmed = passphrase.trim();
  const words = trimmed.split(/\s+/).filter(Boolean).length;
  const length = [...trimmed].length;
  if (length >= 20 || (words >= 4 && length >= 16)) return 'strong';
  if (length >= 12 || (words >= 3 && length >= 10)) return 'fair';
  return 'weak';
}
