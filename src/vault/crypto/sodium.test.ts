import { describe, expect, it } from 'vitest';
import { CryptoUnavailableError } from '../errors.ts';
import { assertSodium, loadSodium } from './sodium.ts';

describe('loading libsodium', () => {
  it('loads the sumo build in Node with Argon2id available', async () => {
    const sodium = await loadSodium();
    expect(typeof sodium.crypto_pwhash).toBe('function');
    expect(sodium.crypto_pwhash_ALG_ARGON2ID13).toBe(2);
  });

  it('refuses a build without crypto_pwhash (the standard libsodium-wrappers trap)', async () => {
    const real = await loadSodium();
    const { crypto_pwhash: _dropped, ...standardBuild } = real;
    await expect(loadSodium(async () => standardBuild)).rejects.toThrow(CryptoUnavailableError);
    await expect(loadSodium(async () => standardBuild)).rejects.toThrow(/crypto_pwhash/);
  });

  it('refuses something that is not a library at all', () => {
    expect(() => assertSodium(undefined)).toThrow(CryptoUnavailableError);
    expect(() => assertSodium({ crypto_pwhash: 'not a function' })).toThrow(CryptoUnavailableError);
  });
});
