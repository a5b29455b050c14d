import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  NewerVersionError,
  StorageFullError,
  VaultExistsError,
  VaultLockedError,
} from '../errors.ts';
import type { VaultHeader } from '../header.ts';
import { uniqueDbName } from '../test-harness.ts';
import { openVaultStorage } from './db.ts';
import { SCHEMA_VERSION } from './migrations.ts';
import { toStorageError } from './storage-error.ts';

const header = { format: 1, slots: [] } as unknown as VaultHeader;
const bytes = (...values: number[]) => Uint8Array.from(values);

function openRaw(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('vault storage', () => {
  it('stores, lists, reads and deletes ciphertext rows by store and id', async () => {
    const storage = await openVaultStorage({ name: uniqueDbName() });
    await storage.writeRecord('plans', 'a', bytes(1));
    await storage.writeRecord('plans', 'b', bytes(2));
    await storage.writeRecord('settings', 'a', bytes(3));
    expect(await storage.listRecords('plans')).toEqual([
      { id: 'a', data: bytes(1) },
      { id: 'b', data: bytes(2) },
    ]);
    expect(await storage.readRecord('settings', 'a')).toEqual({ id: 'a', data: bytes(3) });
    await storage.deleteRecord('plans', 'a');
    expect(await storage.readRecord('plans', 'a')).toBeUndefined();
    storage.close();
  });

  it('a write has landed once it resolves: another connection sees it', async () => {
    const name = uniqueDbName();
    const storage = await openVaultStorage({ name });
    await storage.writeRecord('plans', 'a', bytes(9));
    const other = await openVaultStorage({ name });
    expect(await other.readRecord('plans', 'a')).toEqual({ id: 'a', data: bytes(9) });
    storage.close();
    other.close();
  });

  it('asks for strict durability on every write', async () => {
    const storage = await openVaultStorage({ name: uniqueDbName() });
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await storage.writeRecord('plans', 'a', bytes(1));
    await storage.deleteRecord('plans', 'a');
    await storage.createHeader(header);
    await storage.updateHeader(() => header);
    const writes = spy.mock.calls.filter((call) => call[1] === 'readwrite');
    expect(writes).toHaveLength(4);
    for (const call of writes) expect(call[2]).toEqual({ durability: 'strict' });
    storage.close();
  });

  it('a full disk becomes StorageFullError and the previous version of the record survives', async () => {
    const storage = await openVaultStorage({ name: uniqueDbName() });
    await storage.writeRecord('plans', 'a', bytes(1, 2, 3));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(storage.writeRecord('plans', 'a', bytes(4, 5, 6))).rejects.toThrow(
      StorageFullError,
    );
    expect(await storage.readRecord('plans', 'a')).toEqual({ id: 'a', data: bytes(1, 2, 3) });
    storage.close();
  });

  it('recognises quota errors in all the shapes browsers report them', () => {
    expect(toStorageError(new DOMException('x', 'QuotaExceededError'))).toBeInstanceOf(
      StorageFullError,
    );
    expect(toStorageError(Object.assign(new Error('x'), { code: 22 }))).toBeInstanceOf(
      StorageFullError,
    );
    const other = new DOMException('x', 'DataError');
    expect(toStorageError(other)).toBe(other);
  });

  it('creates the header once and refuses to overwrite an existing vault', async () => {
    const storage = await openVaultStorage({ name: uniqueDbName() });
    await storage.writeRecord('plans', 'orphan', bytes(1));
    await storage.createHeader(header);
    expect(await storage.listRecords('plans')).toEqual([]);
    await expect(storage.createHeader(header)).rejects.toThrow(VaultExistsError);
    expect(await storage.readHeader()).toEqual(header);
    storage.close();
  });

  it('an old tab yields to a newer schema: closes, reports, and stops serving', async () => {
    const name = uniqueDbName();
    const onBlocking = vi.fn();
    const storage = await openVaultStorage({ name, onBlocking });
    const newer = await openRaw(name, SCHEMA_VERSION + 1);
    expect(onBlocking).toHaveBeenCalledExactlyOnceWith('newerVersion');
    await expect(storage.readHeader()).rejects.toThrow(VaultLockedError);
    newer.close();
  });

  it('yields to "delete everything" from another tab the same way', async () => {
    const name = uniqueDbName();
    const onBlocking = vi.fn();
    await openVaultStorage({ name, onBlocking });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(onBlocking).toHaveBeenCalledExactlyOnceWith('deleted');
  });

  it('data from a newer app version gives NewerVersionError, not a crash', async () => {
    const name = uniqueDbName();
    (await openRaw(name, SCHEMA_VERSION + 1)).close();
    await expect(openVaultStorage({ name })).rejects.toThrow(NewerVersionError);
  });
});
