import type { Page } from '@playwright/test';

/** The app's database name (src/vault/storage/db.ts). */
export const DB_NAME = 'app-data';

/** Everything in the app's database, as hex, with the database version. */
export interface DbDump {
  version: number;
  stores: string[];
  rows: Record<string, string>;
}

/**
 * Read every row of the app's database from inside the page (a separate connection,
 * closed at once so it never holds up an upgrade). Values are JSON with bytes as hex,
 * so two dumps compare byte for byte.
 */
export function dumpAppData(page: Page): Promise<DbDump> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0'));
    const encode = (value: unknown): unknown => {
      if (value instanceof Uint8Array) return { hex: hex(value).join('') };
      if (Array.isArray(value)) return value.map(encode);
      if (value && typeof value === 'object') {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
      }
      return value;
    };
    const rows: Record<string, string> = {};
    const stores = [...db.objectStoreNames];
    for (const storeName of stores) {
      const store = db.transaction(storeName, 'readonly').objectStore(storeName);
      const [keys = [], values = []] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (request) =>
            new Promise<unknown[]>((resolve, reject) => {
              request.onsuccess = () => resolve(request.result);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      keys.forEach((key, i) => {
        rows[`${storeName}:${JSON.stringify(key)}`] = JSON.stringify(encode(values[i]));
      });
    }
    const version = db.version;
    db.close();
    return { version, stores, rows };
  }, DB_NAME);
}

/** Flip one bit in the middle of the first plan record, directly in IndexedDB. */
export function flipByteInAPlan(page: Page): Promise<boolean> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('records', 'readwrite');
    const store = tx.objectStore('records');
    const rows = await new Promise<{ store: string; id: string; data: Uint8Array }[]>((resolve) => {
      const request = store.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const row = rows.find((r) => r.store === 'plans');
    if (!row) return false;
    const data = new Uint8Array(row.data);
    const middle = Math.floor(data.length / 2);
    data[middle] = (data[middle] ?? 0) ^ 0x40;
    store.put({ ...row, data });
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    db.close();
    return true;
  }, DB_NAME);
}

/**
 * From now on, any plan the page writes that holds an answer equal to `marker` is sent to
 * the vault with that answer's value turned into an object: the record then decrypts
 * fine but fails the plan checks, as a bug in an older version could leave it.
 */
export function breakAnswerOnWrite(page: Page, marker: string): Promise<void> {
  return page.evaluate((text) => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
      const request = message as {
        op?: string;
        params?: { store?: string; value?: { answers?: Record<string, { value: unknown }> } };
      };
      const answers = request.op === 'write' ? request.params?.value?.answers : undefined;
      if (request.params?.store === 'plans' && answers) {
        const copy = structuredClone(request);
        for (const answer of Object.values(copy.params?.value?.answers ?? {})) {
          if (answer.value === text) answer.value = { broken: text };
        }
        return post.call(this, copy, ...rest);
      }
      return post.call(this, message, ...rest);
    };
  }, marker);
}
