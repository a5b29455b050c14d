/**
 * Shared set-up for the vault's unit tests (never imported by app code). Tests use the
 * OWASP fallback parameters (19 MiB, t=2): inside the stored-parameter bounds, so unlock
 * validation runs unchanged, yet ~5× faster than the 64 MiB floor in Node's wasm.
 */
import { VaultCore } from './core.ts';
import { KDF_FALLBACK, type KdfParams } from './crypto/kdf.ts';
import { loadSodium, type Sodium } from './crypto/sodium.ts';
import { type OpenStorageOptions, openVaultStorage } from './storage/db.ts';
import type { VaultStorage } from './storage/types.ts';

/** Test-only KDF parameters. */
export const TEST_KDF: KdfParams = KDF_FALLBACK;

let sodiumPromise: Promise<Sodium> | undefined;

/** The real libsodium-wrappers-sumo, loaded once per test file. */
export function testSodium(): Promise<Sodium> {
  sodiumPromise ??= loadSodium();
  return sodiumPromise;
}

let counter = 0;

/** A database name no other test uses (still under the prefix deleteEverything wipes). */
export function uniqueDbName(): string {
  counter += 1;
  return `app-data-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

/** A VaultCore over a fresh fake-indexeddb database. */
export async function openTestCore(
  options: Partial<OpenStorageOptions> & { sodium?: Sodium } = {},
): Promise<{ core: VaultCore; storage: VaultStorage; sodium: Sodium; name: string }> {
  const name = options.name ?? uniqueDbName();
  const sodium = options.sodium ?? (await testSodium());
  const storage = await openVaultStorage({ ...options, name });
  return { core: new VaultCore({ sodium, storage, kdfParams: TEST_KDF }), storage, sodium, name };
}
