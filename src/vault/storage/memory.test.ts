import { describe, expect, it } from 'vitest';
import { VaultCore } from '../core.ts';
import { TEST_KDF, testSodium } from '../test-harness.ts';
import { createMemoryStorage } from './memory.ts';

describe('guest storage in memory', () => {
  it('holds an encrypted vault without touching IndexedDB, and forgets it on close', async () => {
    const before = (await indexedDB.databases()).map((d) => d.name);
    const storage = createMemoryStorage();
    const core = new VaultCore({ sodium: await testSodium(), storage, kdfParams: TEST_KDF });
    await core.create('guest passphrase');
    await core.write('plans', 'p1', { title: 'guest plan' });
    const listed = await core.list('plans');
    expect(listed).toEqual([{ id: 'p1', ok: true, value: { title: 'guest plan' } }]);
    // Stored bytes are ciphertext, as in IndexedDB.
    const raw = await storage.readRecord('plans', 'p1');
    expect(new TextDecoder().decode(raw?.data as Uint8Array)).not.toContain('guest plan');
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual(before);
    storage.close();
    await expect(storage.readHeader()).rejects.toThrow();
  });
});
