import { describe, expect, it, vi } from 'vitest';
import { createVaultHost, type StorageHooks } from './host.ts';
import { openVaultStorage } from './storage/db.ts';
import { TEST_KDF, testSodium, uniqueDbName } from './test-harness.ts';

describe('the worker’s request handler', () => {
  it('answers malformed requests with an error instead of touching the vault', async () => {
    const host = createVaultHost({
      loadSodium: testSodium,
      openStorage: (hooks) => openVaultStorage({ name: uniqueDbName(), ...hooks }),
      emit: () => undefined,
      kdfParams: TEST_KDF,
    });
    for (const message of [
      null,
      { kind: 'request', id: 1, op: 'steal', params: {} },
      { kind: 'request', id: 2, op: 'write', params: { store: 'secrets', id: 'a', value: 1 } },
      { kind: 'request', id: 3, op: 'unlock', params: { secret: { passphrase: 42 } } },
    ]) {
      const response = await host.handle(message);
      expect(response).toMatchObject({ kind: 'response', ok: false, error: { name: 'TypeError' } });
    }
    expect(await host.handle({ kind: 'request', id: 4, op: 'exists', params: {} })).toEqual({
      kind: 'response',
      id: 4,
      ok: true,
      result: false,
    });
    host.close();
  });

  it('says whether a vault exists without waiting for libsodium', async () => {
    const host = createVaultHost({
      // libsodium still compiling: 'exists' needs only the database.
      loadSodium: () => new Promise(() => undefined),
      openStorage: (hooks) => openVaultStorage({ name: uniqueDbName(), ...hooks }),
      emit: () => undefined,
    });
    expect(await host.handle({ kind: 'request', id: 1, op: 'exists', params: {} })).toEqual({
      kind: 'response',
      id: 1,
      ok: true,
      result: false,
    });
    host.close();
  });

  it('locks and reports when the browser closes the database under it', async () => {
    let hooks: StorageHooks | undefined;
    const emit = vi.fn();
    const host = createVaultHost({
      loadSodium: testSodium,
      openStorage: (given) => {
        hooks = given;
        return openVaultStorage({ name: uniqueDbName(), ...given });
      },
      emit,
      kdfParams: TEST_KDF,
    });
    const create = { kind: 'request', id: 1, op: 'create', params: { passphrase: 'p q r s' } };
    expect(await host.handle(create)).toMatchObject({ ok: true });
    hooks?.onTerminated();
    expect(emit).toHaveBeenCalledWith({ kind: 'event', event: 'locked', reason: 'terminated' });
    const list = { kind: 'request', id: 2, op: 'list', params: { store: 'plans' } };
    expect(await host.handle(list)).toMatchObject({
      ok: false,
      error: { name: 'VaultLockedError' },
    });
    host.close();
  });
});
