import { concatBytes, utf8 } from './bytes.ts';
import { pad, unpad } from './pad.ts';

/**
 * Record encryption: XChaCha20-Poly1305 (IETF) under the vault key.
 *
 * Why XChaCha20: its 24-byte nonce is large enough to pick at random for every write
 * (collision chance ~2^-96 after 2^32 messages), so no counter has to survive crashes,
 * tabs or restores. AES-GCM's 12-byte nonce does not leave that margin.
 *
 * Record blob layout (see docs/SECURITY.md):
 *   [0]      record format version (1)
 *   [1..25)  nonce, 24 random bytes
 *   [25..)   ciphertext of pad(JSON-as-UTF-8, 256) followed by the 16-byte Poly1305 tag
 */

/** The primitives record encryption needs; the real libsodium object satisfies this. */
export interface AeadPrimitives {
  crypto_aead_xchacha20poly1305_ietf_encrypt(
    message: Uint8Array,
    additionalData: Uint8Array,
    secretNonce: null,
    publicNonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array;
  crypto_aead_xchacha20poly1305_ietf_decrypt(
    secretNonce: null,
    ciphertext: Uint8Array,
    additionalData: Uint8Array,
    publicNonce: Uint8Array,
    key: Uint8Array,
  ): Uint8Array;
  randombytes_buf(length: number): Uint8Array;
}

/** Version byte at the start of every record blob; also bound into the associated data. */
export const RECORD_FORMAT = 1;

/** XChaCha20-Poly1305 nonce size. */
export const NONCE_BYTES = 24;

/** Poly1305 tag size. */
export const TAG_BYTES = 16;

/**
 * Plaintext is padded to a multiple of this before encryption, so the stored size only
 * says "about how many 256-byte blocks", not the exact length of a name or an answer.
 */
export const PAD_BLOCK = 256;

/** Thrown when a blob does not authenticate; callers turn it into "damaged". */
export class RecordAuthError extends Error {
  override name = 'RecordAuthError';
}

/**
 * Associated data for a record: a context label, the format version, the store and the id,
 * each length-prefixed. Binding store + id means a blob copied under another id or into
 * another store fails to open instead of silently showing the wrong plan.
 */
export function recordAd(store: string, id: string): Uint8Array {
  const storeBytes = utf8(store);
  const idBytes = utf8(id);
  if (storeBytes.length > 255 || idBytes.length > 255) throw new RangeError('Name too long.');
  return concatBytes(
    utf8('pathway-record'),
    Uint8Array.of(0, RECORD_FORMAT, storeBytes.length),
    storeBytes,
    Uint8Array.of(idBytes.length),
    idBytes,
  );
}

/** Encrypts plaintext bytes for (store, id) with a fresh random nonce. */
export function sealRecord(
  sodium: AeadPrimitives,
  key: Uint8Array,
  store: string,
  id: string,
  plaintext: Uint8Array,
): Uint8Array {
  const padded = pad(plaintext, PAD_BLOCK);
  try {
    return sealPaddedRecord(sodium, key, store, id, padded);
  } finally {
    padded.fill(0);
  }
}

/**
 * Like sealRecord, for plaintext the caller already padded to PAD_BLOCK (record-codec's
 * encodeValuePadded writes JSON straight into a padded buffer, saving a copy per save).
 */
export function sealPaddedRecord(
  sodium: AeadPrimitives,
  key: Uint8Array,
  store: string,
  id: string,
  padded: Uint8Array,
): Uint8Array {
  if (padded.length === 0 || padded.length % PAD_BLOCK !== 0) {
    throw new RangeError('Plaintext is not padded.');
  }
  const nonce = sodium.randombytes_buf(NONCE_BYTES);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    padded,
    recordAd(store, id),
    null,
    nonce,
    key,
  );
  return concatBytes(Uint8Array.of(RECORD_FORMAT), nonce, ciphertext);
}

/** Decrypts a record blob for (store, id); throws RecordAuthError on any mismatch. */
export function openRecord(
  sodium: AeadPrimitives,
  key: Uint8Array,
  store: string,
  id: string,
  blob: Uint8Array,
): Uint8Array {
  if (blob.length < 1 + NONCE_BYTES + TAG_BYTES + PAD_BLOCK || blob[0] !== RECORD_FORMAT) {
    throw new RecordAuthError('Record has a wrong size or version.');
  }
  try {
    const padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      blob.subarray(1 + NONCE_BYTES),
      recordAd(store, id),
      blob.subarray(1, 1 + NONCE_BYTES),
      key,
    );
    // A view of the decrypted buffer: callers wipe what they read.
    return unpad(padded, PAD_BLOCK);
  } catch {
    throw new RecordAuthError('Record did not authenticate.');
  }
}
