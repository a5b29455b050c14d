import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Transport } from './channel.ts';
import { loadSodium } from './crypto/sodium.ts';
import {
  CryptoUnavailableError,
  NewerVersionError,
  StorageFullError,
  VaultLockedError,
  WrongSecretError,
} from './errors.ts';
import { SCHEMA_VERSION } from './storage/migrations.ts';
import { testClient } from './test-client.ts';
import { TEST_KDF, testSodium } from './test-harness.ts';

const PASS = 'quiet harbour at dawn';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the vault API', () => {
  it('set up, save, lock, unlock with passphrase or recovery code: everything is still there', async () => {
    const { client } = testClient();
    expect(await client.vaultExists()).toBe(false);
    const { vault, recoveryCode, kdf } = await client.createVault(PASS);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    expect(kdf).toEqual({ memlimitBytes: TEST_KDF.memlimitBytes, opslimit: 2, fallback: false });
    await vault.write('plans', 'p1', { title: 'Release plan', lawyer: '555-0100' });
    await vault.write('settings', 'app', { autoLockMinutes: 5 });
    vault.lock();

    expect(await client.vaultExists()).toBe(true);
    const again = await client.unlockVault({ passphrase: PASS });
    expect(await again.list('plans')).toEqual([
      { id: 'p1', ok: true, value: { title: 'Release plan', lawyer: '555-0100' } },
    ]);
    again.lock();
    const viaCode = await client.unlockVault({ recoveryCode });
    expect(await viaCode.read('settings', 'app')).toEqual({
      id: 'app',
      ok: true,
      value: { autoLockMinutes: 5 },
    });
    expect(await viaCode.read('plans', 'nope')).toBeUndefined();
  });

  it('a wrong passphrase rejects with WrongSecretError, and the right one still works after', async () => {
    const { client } = testClient();
    (await client.createVault(PASS)).vault.lock();
    const attempt = client.unlockVault({ passphrase: 'wrong' });
    await expect(attempt).rejects.toBeInstanceOf(WrongSecretError);
    await expect(attempt).rejects.toThrow('That did not open the vault');
    await expect(client.unlockVault({ recoveryCode: 'ABCD' })).rejects.toBeInstanceOf(
      WrongSecretError,
    );
    expect((await client.unlockVault({ passphrase: PASS })).locked).toBe(false);
  });

  it('lock() is immediate: listeners run, the worker stops, every later call is refused', async () => {
    const { client, transports } = testClient();
    const { vault } = await client.createVault(PASS);
    const listener = vi.fn();
    vault.onLocked(listener);
    const terminate = vi.spyOn(transports[0] as Transport, 'terminate');
    const pending = vault.list('plans');
    vault.lock();
    expect(vault.locked).toBe(true);
    expect(terminate).toHaveBeenCalled();
    expect(listener).toHaveBeenCalledOnce();
    await expect(pending).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.read('plans', 'a')).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.write('plans', 'a', 1)).rejects.toBeInstanceOf(VaultLockedError);
    await expect(vault.changePassphrase('x y z')).rejects.toBeInstanceOf(VaultLockedError);
    vault.lock();
    expect(listener).toHaveBeenCalledOnce();
  });

  it('changing the passphrase and regenerating the code work through the API', async () => {
    const { client } = testClient();
    const { vault, recoveryCode } = await client.createVault(PASS);
    await vault.write('plans', 'p', 'kept');
    await vault.changePassphrase('new passphrase here');
    const fresh = await vault.regenerateRecoveryCode();
    vault.lock();
    await expect(client.unlockVault({ passphrase: PASS })).rejects.toBeInstanceOf(WrongSecretError);
    await expect(client.unlockVault({ recoveryCode })).rejects.toBeInstanceOf(WrongSecretError);
    const opened = await client.unlockVault({ recoveryCode: fresh });
    expect(await opened.read('plans', 'p')).toMatchObject({ ok: true, value: 'kept' });
  });

  it('when a newer tab needs the database, the vault locks and says so', async () => {
    const { client, name } = testClient();
    const { vault } = await client.createVault(PASS);
    const listener = vi.fn();
    vault.onLocked(listener);
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, SCHEMA_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
    });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledOnce());
    expect(vault.locked).toBe(true);
    expect(vault.lockReason).toBe('newerVersion');
    await expect(client.unlockVault({ passphrase: PASS })).rejects.toBeInstanceOf(
      NewerVersionError,
    );
    newer.close();
  });

  it('a full disk is reported as StorageFullError and the saved version is kept', async () => {
    const { client } = testClient();
    const { vault } = await client.createVault(PASS);
    await vault.write('plans', 'p', { v: 1 });
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    await expect(vault.write('plans', 'p', { v: 2 })).rejects.toBeInstanceOf(StorageFullError);
    expect(await vault.read('plans', 'p')).toMatchObject({ ok: true, value: { v: 1 } });
  });

  it('refuses to start crypto with a libsodium build that lacks Argon2', async () => {
    const { crypto_pwhash: _missing, ...standardBuild } = await testSodium();
    const { client } = testClient({ loadSodium: () => loadSodium(async () => standardBuild) });
    await expect(client.createVault(PASS)).rejects.toBeInstanceOf(CryptoUnavailableError);
  });

  it('deleteEverything locks the vault and leaves no vault behind', async () => {
    const { client } = testClient();
    const { vault } = await client.createVault(PASS);
    await vault.write('plans', 'p', 'secret plan');
    await client.deleteEverything();
    expect(vault.locked).toBe(true);
    expect(await client.vaultExists()).toBe(false);
  });

  it('unlocking again locks the previous handle (one open session at a time)', async () => {
    const { client } = testClient();
    const { vault: first } = await client.createVault(PASS);
    const second = await client.unlockVault({ passphrase: PASS });
    expect(first.locked).toBe(true);
    expect(second.locked).toBe(false);
  });

  it('two unlocks at once (a double tap) share one session, and one lock ends both', async () => {
    const { client } = testClient();
    (await client.createVault(PASS)).vault.lock();
    const [a, b] = await Promise.all([
      client.unlockVault({ passphrase: PASS }),
      client.unlockVault({ passphrase: PASS }),
    ]);
    expect(a).toBe(b);
    a.lock();
    expect(b.locked).toBe(true);
  });

  it('nothing binary ever comes back to the main thread (the key could only travel as bytes)', async () => {
    const results: unknown[] = [];
    const { client } = testClient({ record: (result) => results.push(result) });
    const { vault } = await client.createVault(PASS);
    await vault.write('plans', 'p', { a: 'b' });
    await vault.list('plans');
    await vault.read('plans', 'p');
    await vault.regenerateRecoveryCode();
    const binary = (value: unknown): boolean =>
      value instanceof Uint8Array ||
      value instanceof ArrayBuffer ||
      (typeof value === 'object' && value !== null && Object.values(value).some(binary));
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results.some(binary)).toBe(false);
  });
});
