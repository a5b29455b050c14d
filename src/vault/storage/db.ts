import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { NewerVersionError, VaultExistsError, VaultLockedError } from '../errors.ts';
import type { VaultHeader } from '../header.ts';
import {
  MIGRATIONS,
  type Migration,
  migrateSnapshot,
  needsDataMigration,
  SCHEMA_VERSION,
  type Snapshot,
} from './migrations.ts';
import { toStorageError } from './storage-error.ts';
import type { StoredRecord, StoreName, VaultStorage } from './types.ts';

/** Neutral database name: the list of site data in browser settings shows only this. */
export const DB_NAME = 'app-data';

const HEADER_KEY = 'header';

/** A record row: only the store name and the random id are visible next to the ciphertext. */
interface RecordRow {
  store: string;
  id: string;
  data: unknown;
}

/** Typed layout of the database at SCHEMA_VERSION. */
export interface VaultDbSchema extends DBSchema {
  // Typed unknown on purpose: whatever is read back is validated (header.ts) before use.
  header: { key: string; value: unknown };
  records: { key: [string, string]; value: RecordRow; indexes: { 'by-store': string } };
}

type Db = IDBPDatabase<VaultDbSchema>;
type UpgradeTx = IDBPTransaction<VaultDbSchema, ('header' | 'records')[], 'versionchange'>;

/** Why another tab took the database: a newer schema version, or deleting it. */
export type BlockingReason = 'newerVersion' | 'deleted';

/** Options for openVaultStorage; the name is injectable so each test gets its own database. */
export interface OpenStorageOptions {
  name?: string;
  /**
   * Another tab needs the database — a newer app upgrading it, or "delete everything" —
   * and we already closed it. `reason` tells the two apart, so the UI can say which.
   */
  onBlocking?: (reason: BlockingReason) => void;
  /** The browser closed the connection abnormally (e.g. storage cleared in settings). */
  onTerminated?: () => void;
  /** Test-only: exercise the upgrade path with a made-up later version and its steps. */
  schema?: { version: number; migrations: Readonly<Record<number, Migration>> };
}

/** Opens (creating or upgrading as needed) the vault database and wraps it as VaultStorage. */
export async function openVaultStorage(options: OpenStorageOptions = {}): Promise<VaultStorage> {
  let closed = false;
  let db: Db;
  try {
    const { version, migrations } = options.schema ?? {
      version: SCHEMA_VERSION,
      migrations: MIGRATIONS,
    };
    db = await openDB<VaultDbSchema>(options.name ?? DB_NAME, version, {
      upgrade(database, oldVersion, newVersion, tx) {
        upgrade(database, oldVersion, newVersion ?? version, tx, migrations);
      },
      blocking(_current, next, event) {
        // An old tab yields to a newer schema (or to a delete): close now, then let the
        // owner lock, so the other tab is not stuck waiting on us. Nothing is written
        // after this: every later call finds the connection closed (VaultLockedError).
        closed = true;
        (event.target as IDBDatabase).close();
        options.onBlocking?.(next === null ? 'deleted' : 'newerVersion');
      },
      terminated() {
        closed = true;
        options.onTerminated?.();
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'VersionError') throw new NewerVersionError();
    throw error;
  }
  return new IdbVaultStorage(
    db,
    () => closed,
    () => {
      closed = true;
    },
  );
}

function upgrade(
  db: Db,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
  migrations: Readonly<Record<number, Migration>>,
): void {
  if (oldVersion < 1) {
    db.createObjectStore('header');
    const records = db.createObjectStore('records', { keyPath: ['store', 'id'] });
    records.createIndex('by-store', 'store');
  }
  // Future structural steps go here, keyed on oldVersion, before the data steps below.
  if (oldVersion >= 1 && needsDataMigration(oldVersion, newVersion, migrations)) {
    void migrateData(tx, oldVersion, newVersion, migrations);
  }
}

/** Reads everything, runs the pure migration chain, writes it back, all in the upgrade tx. */
async function migrateData(
  tx: UpgradeTx,
  from: number,
  to: number,
  migrations: Readonly<Record<number, Migration>>,
): Promise<void> {
  // openDB reports an aborted upgrade as its own rejection; this copy needs no handler.
  tx.done.catch(() => undefined);
  try {
    const header: unknown = await tx.objectStore('header').get(HEADER_KEY);
    const records = await tx.objectStore('records').getAll();
    const next: Snapshot = migrateSnapshot({ header, records }, from, to, migrations);
    await tx.objectStore('header').put(next.header, HEADER_KEY);
    await tx.objectStore('records').clear();
    for (const row of next.records) await tx.objectStore('records').put(row);
  } catch {
    // Aborting the upgrade keeps the old data exactly as it was.
    tx.abort();
  }
}

class IdbVaultStorage implements VaultStorage {
  constructor(
    private readonly db: Db,
    private readonly isClosed: () => boolean,
    private readonly markClosed: () => void,
  ) {}

  private open(): Db {
    if (this.isClosed()) throw new VaultLockedError();
    return this.db;
  }

  async readHeader(): Promise<unknown> {
    return this.open().get('header', HEADER_KEY);
  }

  async createHeader(header: VaultHeader): Promise<void> {
    const tx = this.open().transaction(['header', 'records'], 'readwrite', {
      durability: 'strict',
    });
    await commit(tx, async () => {
      if ((await tx.objectStore('header').getKey(HEADER_KEY)) !== undefined) {
        throw new VaultExistsError();
      }
      // Records without a header are encrypted under a key nobody has any more.
      await tx.objectStore('records').clear();
      await tx.objectStore('header').add(header, HEADER_KEY);
    });
  }

  async updateHeader(update: (current: unknown) => VaultHeader): Promise<void> {
    const tx = this.open().transaction('header', 'readwrite', { durability: 'strict' });
    await commit(tx, async () => {
      const current: unknown = await tx.store.get(HEADER_KEY);
      await tx.store.put(update(current), HEADER_KEY);
    });
  }

  async readRecord(store: StoreName, id: string): Promise<StoredRecord | undefined> {
    const row = await this.open().get('records', [store, id]);
    return row && { id: row.id, data: row.data };
  }

  async listRecords(store: StoreName): Promise<StoredRecord[]> {
    const rows = await this.open().getAllFromIndex('records', 'by-store', store);
    return rows.map((row) => ({ id: row.id, data: row.data }));
  }

  async writeRecord(store: StoreName, id: string, data: Uint8Array): Promise<void> {
    const tx = this.open().transaction('records', 'readwrite', { durability: 'strict' });
    await commit(tx, () => tx.store.put({ store, id, data }));
  }

  async deleteRecord(store: StoreName, id: string): Promise<void> {
    const tx = this.open().transaction('records', 'readwrite', { durability: 'strict' });
    await commit(tx, () => tx.store.delete([store, id]));
  }

  close(): void {
    this.markClosed();
    this.db.close();
  }
}

/**
 * Runs `work` (IndexedDB requests only: awaiting anything else would let the transaction
 * auto-commit half-done) and resolves only after the transaction completed. On any
 * failure the transaction is aborted, so the previous data stays exactly as it was, and
 * the error is mapped (QuotaExceededError → StorageFullError).
 */
async function commit(
  tx: { done: Promise<void>; abort(): void },
  work: () => Promise<unknown>,
): Promise<void> {
  const done = tx.done;
  try {
    await Promise.all([work(), done]);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted by the browser
    }
    await done.catch(() => undefined);
    throw toStorageError(error);
  }
}
