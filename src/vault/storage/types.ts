import type { VaultHeader } from '../header.ts';

/**
 * Encrypted record stores. `templates` holds templates the person imported; `keys` holds
 * an organisation's signing key and is reachable only through the worker's signing
 * operations (the protocol never lets the page read it). Stores are a column of the
 * records' key, not IndexedDB object stores, so adding one needs no schema migration.
 */
export type StoreName = 'plans' | 'settings' | 'templates' | 'keys';

/** Store names the vault core accepts. */
export const STORE_NAMES: readonly StoreName[] = ['plans', 'settings', 'templates', 'keys'];

/** A stored record as read back: `data` is untrusted until it authenticates. */
export interface StoredRecord {
  id: string;
  data: unknown;
}

/**
 * What VaultCore needs from storage. Injected so the core runs over IndexedDB in the
 * worker and in Node tests alike. Every write resolves only after its transaction completed.
 */
export interface VaultStorage {
  /** The stored header, unvalidated (undefined if none). */
  readHeader(): Promise<unknown>;
  /** Stores the first header and clears orphaned records; VaultExistsError if one exists. */
  createHeader(header: VaultHeader): Promise<void>;
  /** Atomic read-modify-write of the header; `update` must be synchronous and pure. */
  updateHeader(update: (current: unknown) => VaultHeader): Promise<void>;
  /** One stored row, or undefined. */
  readRecord(store: StoreName, id: string): Promise<StoredRecord | undefined>;
  /** Every row of a store, in id order. */
  listRecords(store: StoreName): Promise<StoredRecord[]>;
  /** Puts one encrypted blob in its own strict-durability transaction. */
  writeRecord(store: StoreName, id: string, data: Uint8Array): Promise<void>;
  /** Deletes one row in its own transaction. */
  deleteRecord(store: StoreName, id: string): Promise<void>;
  /** Closes the connection; later calls reject with VaultLockedError. */
  close(): void;
}
