import { describe, expect, it } from 'vitest';
import { createVaultHost } from './host.ts';
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
});
