import { describe, expect, it } from 'vitest';
import { testClient } from './test-client.ts';

const PASS = 'quiet harbour at dawn';
const message = new TextEncoder().encode('template bytes');

describe('template signing key in the vault', () => {
  it('creates a key whose signatures verify, keeps it across a lock, and never shows the secret', async () => {
    const { client } = testClient();
    const { vault } = await client.createVault(PASS);
    expect(await vault.signingIdentity()).toBeNull();
    await expect(vault.sign(message)).rejects.toThrow(/no signing key/);

    const identity = await vault.createSigningKey('  Harbour Outreach  ');
    expect(identity.name).toBe('Harbour Outreach');
    expect(identity.publicKey).toHaveLength(32);
    const signature = await vault.sign(message);
    expect(signature).toHaveLength(64);
    expect(await vault.verify(message, signature, identity.publicKey)).toBe(true);
    vault.lock();

    const again = await client.unlockVault({ passphrase: PASS });
    expect(await again.signingIdentity()).toEqual(identity);
    // Ed25519 is deterministic: the same key signs the same bytes the same way.
    expect(await again.sign(message)).toEqual(signature);
    // The page cannot read the key store, so the secret half stays in the worker.
    await expect(again.read('keys' as 'settings', 'template-signing')).rejects.toThrow();
  });

  it('rejects altered messages, other keys, and malformed inputs without throwing', async () => {
    const { client } = testClient();
    const { vault } = await client.createVault(PASS);
    const first = await vault.createSigningKey('First');
    const signature = await vault.sign(message);
    const altered = message.slice();
    altered[0] = (altered[0] ?? 0) ^ 1;
    expect(await vault.verify(altered, signature, first.publicKey)).toBe(false);
    const flipped = signature.slice();
    flipped[10] = (flipped[10] ?? 0) ^ 0x80;
    expect(await vault.verify(message, flipped, first.publicKey)).toBe(false);
    expect(await vault.verify(message, signature.slice(0, 63), first.publicKey)).toBe(false);
    expect(await vault.verify(message, signature, new Uint8Array(31))).toBe(false);

    // A new key replaces the old: old signatures do not verify under the new public key.
    const second = await vault.createSigningKey('First');
    expect(second.publicKey).not.toEqual(first.publicKey);
    expect(await vault.verify(message, signature, second.publicKey)).toBe(false);
    await expect(vault.createSigningKey('   ')).rejects.toThrow(/name/);
    await expect(vault.createSigningKey('x'.repeat(81))).rejects.toThrow(/80/);
  });
});
