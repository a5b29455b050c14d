/**
 * The vault API for the rest of the app (main thread). Keys, Argon2id and decryption run
 * in a dedicated Worker; this side only ever sees decrypted values it asked for.
 */
import { createVaultClient } from './client.ts';
import { wipeBrowserData } from './wipe.ts';
import { createWorkerTransport } from './worker-transport.ts';

export type { Vault, VaultClient, VaultClientOptions } from './client.ts';
export { createVaultClient } from './client.ts';
export {
  CryptoUnavailableError,
  DamagedVaultError,
  NewerVersionError,
  NoVaultError,
  StorageFullError,
  VaultError,
  VaultExistsError,
  VaultLockedError,
  WrongSecretError,
} from './errors.ts';
export type { LockReason } from './protocol.ts';
export { isValidRecordId, newRecordId } from './record-id.ts';
export { type PersistenceStatus, requestPersistence } from './storage/persistence.ts';
export type {
  CreateResult,
  KdfSummary,
  ListableStore,
  PageStore,
  RecordResult,
  SigningIdentity,
  StoreName,
  VaultSecret,
  VaultState,
} from './types.ts';

const client = createVaultClient({ createTransport: createWorkerTransport, wipeBrowserData });

/** True if this device holds a vault (decides between set-up and unlock screens). */
export const vaultExists = client.vaultExists;
/** Creates the vault; show `recoveryCode` once, and say so if `kdf.fallback` is true. */
export const createVault = client.createVault;
/** Opens the vault; WrongSecretError (calm message) for a wrong passphrase or code alike. */
export const unlockVault = client.unlockVault;
/** Terminates the worker and deletes the database, plan-data caches and web storage. */
export const deleteEverything = client.deleteEverything;

const guestClient = createVaultClient({
  createTransport: () => createWorkerTransport('guest'),
  // A guest session never wrote anything: ending it is terminating its worker.
  wipeBrowserData: async () => undefined,
});

/**
 * A guest vault for a shared device: same API, but records live only in its worker's
 * memory. Locking it ends the session and forgets everything.
 */
export const startGuestVault = guestClient.createVault;
