import { describe, expect, it } from 'vitest';
import { testSodium } from '../test-harness.ts';
import { NONCE_BYTES, openRecord, PAD_BLOCK, RecordAuthError, sealRecord } from './aead.ts';

/**
 * AEAD_XChaCha20_Poly1305 test vector from draft-irtf-cfrg-xchacha-03, appendix A.3.1
 * (https://datatracker.ietf.org/doc/html/draft-irtf-cfrg-xchacha-03#appendix-A.3.1).
 */
const XCHACHA_A31 = {
  key: '808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f',
  nonce: '404142434445464748494a4b4c4d4e4f5051525354555657',
  ad: '50515253c0c1c2c3c4c5c6c7',
  plaintext:
    "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.",
  ciphertext:
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637da9768812f615c68b13b52e',
  tag: 'c0875924c1c7987947deafd8780acf49',
};

const text = (value: string) => new TextEncoder().encode(value);

describe('XChaCha20-Poly1305', () => {
  it('matches the draft-irtf-cfrg-xchacha A.3.1 test vector both ways', async () => {
    const sodium = await testSodium();
    const key = sodium.from_hex(XCHACHA_A31.key);
    const nonce = sodium.from_hex(XCHACHA_A31.nonce);
    const ad = sodium.from_hex(XCHACHA_A31.ad);
    const sealed = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      text(XCHACHA_A31.plaintext),
      ad,
      null,
      nonce,
      key,
    );
    expect(sodium.to_hex(sealed)).toBe(XCHACHA_A31.ciphertext + XCHACHA_A31.tag);
    const opened = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, ad, nonce, key);
    expect(new TextDecoder().decode(opened)).toBe(XCHACHA_A31.plaintext);
    sealed[0] = (sealed[0] ?? 0) ^ 1;
    expect(() =>
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, sealed, ad, nonce, key),
    ).toThrow();
  });
});

describe('record encryption', () => {
  it('round-trips any bytes, including none', async () => {
    const sodium = await testSodium();
    const key = sodium.randombytes_buf(32);
    for (const size of [0, 1, 255, 256, 257, 100_000]) {
      const plaintext = sodium.randombytes_buf(size);
      const blob = sealRecord(sodium, key, 'plans', 'abc', plaintext);
      expect(openRecord(sodium, key, 'plans', 'abc', blob)).toEqual(plaintext);
    }
  });

  it('hides exact lengths: ciphertext size moves only in 256-byte steps', async () => {
    const sodium = await testSodium();
    const key = sodium.randombytes_buf(32);
    const size = (n: number) => sealRecord(sodium, key, 'plans', 'a', new Uint8Array(n)).length;
    const overhead = 1 + NONCE_BYTES + 16;
    expect(size(0)).toBe(overhead + PAD_BLOCK);
    expect(size(200)).toBe(size(0));
    expect(size(255)).toBe(size(0));
    expect(size(256)).toBe(overhead + 2 * PAD_BLOCK);
  });

  it('does not open under a wrong key', async () => {
    const sodium = await testSodium();
    const blob = sealRecord(sodium, sodium.randombytes_buf(32), 'plans', 'a', text('secret'));
    expect(() => openRecord(sodium, sodium.randombytes_buf(32), 'plans', 'a', blob)).toThrow(
      RecordAuthError,
    );
  });

  it('does not open under another id or in another store (associated data)', async () => {
    const sodium = await testSodium();
    const key = sodium.randombytes_buf(32);
    const blob = sealRecord(sodium, key, 'plans', 'record-a', text('plan A'));
    expect(() => openRecord(sodium, key, 'plans', 'record-b', blob)).toThrow(RecordAuthError);
    expect(() => openRecord(sodium, key, 'settings', 'record-a', blob)).toThrow(RecordAuthError);
  });

  it('uses a fresh nonce every time: 10⁴ encryptions, no repeat', async () => {
    const sodium = await testSodium();
    const key = sodium.randombytes_buf(32);
    const plaintext = text('same plaintext every time');
    const nonces = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const blob = sealRecord(sodium, key, 'plans', 'same-id', plaintext);
      nonces.add(sodium.to_hex(blob.subarray(1, 1 + NONCE_BYTES)));
    }
    expect(nonces.size).toBe(10_000);
  });

  it('rejects blobs that are too short or carry an unknown version', async () => {
    const sodium = await testSodium();
    const key = sodium.randombytes_buf(32);
    const blob = sealRecord(sodium, key, 'plans', 'a', text('x'));
    expect(() => openRecord(sodium, key, 'plans', 'a', blob.subarray(0, 40))).toThrow(
      RecordAuthError,
    );
    const future = blob.slice();
    future[0] = 2;
    expect(() => openRecord(sodium, key, 'plans', 'a', future)).toThrow(RecordAuthError);
  });
});
