import { beforeAll, describe, expect, it } from 'vitest';
import { concatBytes, u32be } from '../vault/crypto/bytes.ts';
import type { Sodium } from '../vault/crypto/sodium.ts';
import { DamagedBackupError, TrailingDataError, TruncatedBackupError } from './errors.ts';
import { CHUNK_BYTES, openChunks, sealChunks, sealedLength } from './stream.ts';
import { testSodium } from './test-backup.ts';

let sodium: Sodium;
beforeAll(async () => {
  sodium = await testSodium();
});

const AD = new TextEncoder().encode('header bytes');

function seal(plaintext: Uint8Array, key = sodium.crypto_secretstream_xchacha20poly1305_keygen()) {
  const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
  return { key, header, body: sealChunks(sodium, state, plaintext, AD) };
}

function open(sealed: { key: Uint8Array; header: Uint8Array; body: Uint8Array }, ad = AD) {
  const state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(sealed.header, sealed.key);
  return concatBytes(...openChunks(sodium, state, sealed.body, ad));
}

describe('the chunked body', () => {
  it('round-trips sizes around the chunk boundary and predicts its own length', () => {
    for (const size of [1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES]) {
      // Not randombytes_buf: the ESM build draws 4 bytes per callback, slow for 192 KiB.
      const plaintext = Uint8Array.from({ length: size }, (_, i) => (i * 31 + size) & 0xff);
      const sealed = seal(plaintext);
      expect(sealed.body.length, `size ${size}`).toBe(sealedLength(size));
      // Buffer.equals: vitest's deep equality walks a 192 KiB array element by element.
      expect(Buffer.from(open(sealed)).equals(plaintext), `size ${size}`).toBe(true);
    }
  });

  it('binds the header to the first chunk: other associated data does not open it', () => {
    const sealed = seal(new Uint8Array(10));
    expect(() => open(sealed, new TextEncoder().encode('other header'))).toThrow(
      DamagedBackupError,
    );
  });

  it('needs the FINAL tag: a stream ending on a MESSAGE chunk is incomplete', () => {
    const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
    const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
    const full = sealChunks(sodium, state, new Uint8Array(2 * CHUNK_BYTES), AD);
    const firstOnly = full.subarray(0, full.length / 2);
    expect(() => open({ key, header, body: firstOnly })).toThrow(TruncatedBackupError);
    expect(() => open({ key, header, body: concatBytes(full, new Uint8Array(1)) })).toThrow(
      TrailingDataError,
    );
  });

  it('refuses a short chunk before the final one (one plaintext, one encoding)', () => {
    const key = sodium.crypto_secretstream_xchacha20poly1305_keygen();
    const { state, header } = sodium.crypto_secretstream_xchacha20poly1305_init_push(key);
    const push = (bytes: Uint8Array, tag: number, ad: Uint8Array | null) => {
      const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(state, bytes, ad, tag);
      return concatBytes(u32be(sealed.length), sealed);
    };
    const body = concatBytes(
      push(new Uint8Array(5), sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, AD),
      push(new Uint8Array(5), sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL, null),
    );
    expect(() => open({ key, header, body })).toThrow(DamagedBackupError);
  });
});
