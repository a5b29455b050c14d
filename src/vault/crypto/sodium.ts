import type sodiumModule from 'libsodium-wrappers-sumo';
import { CryptoUnavailableError } from '../errors.ts';

/** The libsodium.js API (sumo build) as the vault uses it. */
export type Sodium = typeof sodiumModule;

/** Functions the vault calls; checked at start-up so a wrong build fails loudly, not later. */
const REQUIRED = [
  'crypto_pwhash',
  'crypto_aead_xchacha20poly1305_ietf_encrypt',
  'crypto_aead_xchacha20poly1305_ietf_decrypt',
  'randombytes_buf',
  'pad',
  'unpad',
  'memzero',
] as const;

/**
 * Throws CryptoUnavailableError unless `candidate` has every primitive we need.
 * The standard `libsodium-wrappers` build has no `crypto_pwhash` although its types
 * declare it: code compiles and would fail only when someone tries to unlock.
 */
export function assertSodium(candidate: unknown): Sodium {
  if (typeof candidate !== 'object' || candidate === null) {
    throw new CryptoUnavailableError('The encryption library did not load.');
  }
  const record = candidate as Record<string, unknown>;
  for (const name of REQUIRED) {
    if (typeof record[name] !== 'function') {
      throw new CryptoUnavailableError(`The encryption library lacks ${name}.`);
    }
  }
  return candidate as Sodium;
}

/**
 * Waits for libsodium-wrappers-sumo's WebAssembly and checks the build. The ESM entry of
 * 0.8.4 (`dist/modules-sumo-esm`) imports fine in Node 20 / vitest and in Vite, so we use
 * the default export as documented. Only the crypto worker calls this; the dynamic import
 * keeps libsodium in its own chunk, so its size is budgeted apart from our code.
 * `load` is injectable for tests.
 */
export async function loadSodium(
  load: () => Promise<unknown> = async () => (await import('libsodium-wrappers-sumo')).default,
): Promise<Sodium> {
  const candidate = await load();
  const ready = (candidate as { ready?: unknown } | null)?.ready;
  if (ready instanceof Promise) await ready;
  return assertSodium(candidate);
}
