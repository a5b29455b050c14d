import { VaultExistsError, VaultLockedError } from '../errors.ts';
import type { VaultHeader } from '../header.ts';
import type { StoredRecord, StoreName, VaultStorage } from './types.ts';

/**
 * Storage that lives only in the worker's memory: the guest session on a shared device
 * (an organisation's tablet). Nothing touches IndexedDB; terminating the worker is the
 * wipe. Same contract as the IndexedDB storage, so the vault core does not know.
 */
export function createMemoryStorage(): VaultStorage {
  let header: VaultHeader | undefined;
  let records = new Map<string, Uint8Array>();
  let closed = false;
  const key = (store: StoreName, id: string) => `${store}\u0000${id}`;
  const open = () => {
    if (closed) throw new VaultLockedError();
  };
  const rows = (store: StoreName): StoredRecord[] =>
    [...records]
      .filter(([k]) => k.startsWith(`${store}\u0000`))
      .map(([k, data]) => ({ id: k.slice(store.length + 1), data: data.slice() }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  return {
    async readHeader() {
      open();
      return header;
    },
    async createHeader(next) {
      open();
      if (header) throw new VaultExistsError();
      header = next;
      records = new Map();
    },
    async updateHeader(update) {
      open();
      header = update(header);
    },
    async readRecord(store, id) {
      open();
      const data = records.get(key(store, id));
      return data ? { id, data: data.slice() } : undefined;
    },
    async listRecords(store) {
      open();
      return rows(store);
    },
    async writeRecord(store, id, data) {
      open();
      records.set(key(store, id), data.slice());
    },
    async deleteRecord(store, id) {
      open();
      records.delete(key(store, id));
    },
    close() {
      closed = true;
      records = new Map();
      header = undefined;
    },
  };
}
