import { DB_NAME } from './storage/db.ts';

/** Prefix of every IndexedDB database and Cache Storage cache that may hold plan data. */
export const DATA_NAME_PREFIX = DB_NAME;

/** The browser storage deleteEverything() clears; injectable for tests. */
export interface BrowserStores {
  indexedDB?: IDBFactory;
  caches?: CacheStorage;
  localStorage?: Storage;
  sessionStorage?: Storage;
}

function defaultStores(): BrowserStores {
  const g = globalThis as BrowserStores;
  return {
    indexedDB: g.indexedDB,
    caches: g.caches,
    // Reading these throws in some privacy modes, hence the guard.
    localStorage: safely(() => g.localStorage),
    sessionStorage: safely(() => g.sessionStorage),
  };
}

/**
 * Deletes our databases and plan-data caches and empties localStorage/sessionStorage.
 * The app's precache (the app itself) is left, so the neutral screen still works offline.
 * Storage is emptied entirely: this origin belongs to the app alone, so every key on it is
 * ours, and a key added later by some feature must not survive "delete everything".
 */
export async function wipeBrowserData(stores: BrowserStores = defaultStores()): Promise<void> {
  if (stores.indexedDB) await deleteDatabases(stores.indexedDB);
  if (stores.caches) {
    for (const name of await stores.caches.keys()) {
      if (name.startsWith(DATA_NAME_PREFIX)) await stores.caches.delete(name);
    }
  }
  stores.localStorage?.clear();
  stores.sessionStorage?.clear();
}

async function deleteDatabases(factory: IDBFactory): Promise<void> {
  const names = new Set([DB_NAME]);
  // databases() is missing in older Firefox; DB_NAME is always deleted regardless.
  const listed = typeof factory.databases === 'function' ? await factory.databases() : [];
  for (const { name } of listed) if (name?.startsWith(DATA_NAME_PREFIX)) names.add(name);
  for (const name of names) await deleteDatabase(factory, name);
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('Could not delete the data.'));
    // onblocked: other tabs get "versionchange", close and lock (db.ts), then this succeeds.
  });
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
