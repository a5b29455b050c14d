import type { StoreName } from './storage/types.ts';

export type { StoreName } from './storage/types.ts';

/** Whether this device has a vault, and whether it is open. */
export type VaultState = 'none' | 'locked' | 'unlocked';

/** A secret that opens the vault. */
export type VaultSecret = { passphrase: string } | { recoveryCode: string };

/** One decrypted record, or a record that failed to authenticate (reported, never dropped). */
export type RecordResult<T = unknown> =
  | { id: string; ok: true; value: T }
  | { id: string; ok: false; error: 'damaged' };

/** Key-derivation settings chosen at set-up, so the UI can say if the fallback was used. */
export interface KdfSummary {
  memlimitBytes: number;
  opslimit: number;
  fallback: boolean;
}

/** What creating a vault returns besides the open vault. */
export interface CreateResult {
  recoveryCode: string;
  kdf: KdfSummary;
}

/** Store names the page may read and write (never `keys`). */
export type PageStore = Exclude<StoreName, 'keys'>;

/** Store names the public API accepts for list(). */
export type ListableStore = Extract<StoreName, 'plans' | 'templates'>;

/** An organisation's signing identity as the page sees it: never the secret key. */
export interface SigningIdentity {
  name: string;
  publicKey: Uint8Array;
}
