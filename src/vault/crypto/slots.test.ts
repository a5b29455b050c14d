import { describe, expect, it } from 'vitest';
import { testSodium } from '../test-harness.ts';
import { KDF_FALLBACK } from './kdf.ts';
import { unwrapSlot, wrapSlot } from './slots.ts';

const secret = (value: string) => new TextEncoder().encode(value);

describe('key slots', () => {
  it('give back the vault key for the right secret and nothing for a wrong one', async () => {
    const sodium = await testSodium();
    const vaultKey = sodium.randombytes_buf(32);
    const slot = wrapSlot(sodium, 1, 'passphrase', secret('right'), KDF_FALLBACK, vaultKey);
    expect(unwrapSlot(sodium, 1, slot, secret('right'))).toEqual(vaultKey);
    expect(unwrapSlot(sodium, 1, slot, secret('wrong'))).toBeNull();
  });

  it('fail to open when the stored parameters, kind or format were edited (slot header is AD)', async () => {
    const sodium = await testSodium();
    const slot = wrapSlot(
      sodium,
      1,
      'recovery',
      secret('s'),
      KDF_FALLBACK,
      sodium.randombytes_buf(32),
    );
    expect(unwrapSlot(sodium, 1, { ...slot, kind: 'passphrase' }, secret('s'))).toBeNull();
    expect(unwrapSlot(sodium, 2, slot, secret('s'))).toBeNull();
    // Raising opslimit changes the derived key and the AD: either way the slot stays shut.
    const bumped = { ...slot, kdf: { ...slot.kdf, opslimit: 3 } };
    expect(unwrapSlot(sodium, 1, bumped, secret('s'))).toBeNull();
  });
});
