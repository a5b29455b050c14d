import { describe, expect, it } from 'vitest';
import { openVaultStorage } from './storage/db.ts';
import { wipeBrowserData } from './wipe.ts';

class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
}

function fakeCaches(names: string[]): CacheStorage {
  const live = new Set(names);
  return {
    keys: async () => [...live],
    delete: async (name: string) => live.delete(name),
    has: async (name: string) => live.has(name),
  } as unknown as CacheStorage;
}

describe('delete everything', () => {
  it('deletes our databases, plan-data caches and web storage, and keeps the app’s precache', async () => {
    for (const name of ['app-data', 'app-data-guest']) {
      const storage = await openVaultStorage({ name });
      await storage.writeRecord('plans', 'a', Uint8Array.of(1));
      storage.close();
    }
    const local = new MemoryStorage();
    local.setItem('disguise', 'calculator');
    const session = new MemoryStorage();
    session.setItem('draft', 'x');
    const caches = fakeCaches(['workbox-precache-v2', 'app-data-exports']);

    await wipeBrowserData({ indexedDB, caches, localStorage: local, sessionStorage: session });

    const names = (await indexedDB.databases()).map((db) => db.name);
    expect(names).not.toContain('app-data');
    expect(names).not.toContain('app-data-guest');
    expect(await caches.keys()).toEqual(['workbox-precache-v2']);
    expect(local.length).toBe(0);
    expect(session.length).toBe(0);
  });

  it('works where web storage or Cache Storage do not exist', async () => {
    await expect(wipeBrowserData({ indexedDB })).resolves.toBeUndefined();
  });
});
