import type { StateAddress } from 'libsodium-wrappers-sumo';
import { concatBytes, u32be } from '../vault/crypto/bytes.ts';
import { DamagedBackupError, TrailingDataError, TruncatedBackupError } from './errors.ts';

/**
 * The body of a `.pathway` file: the padded payload cut into 64 KiB pieces, each sealed with
 * crypto_secretstream_xchacha20poly1305 and written as `u32 length ‖ ciphertext`. Every
 * piece but the last is tagged MESSAGE and holds exactly 64 KiB; the last is tagged FINAL.
 * secretstream chains the pieces, so they cannot be dropped, repeated or reordered; the
 * FINAL tag is how a reader knows nothing was cut off, and anything after it is refused.
 */

/** The secretstream primitives the body needs; the real libsodium object satisfies this. */
export interface StreamPrimitives {
  crypto_secretstream_xchacha20poly1305_init_push(key: Uint8Array): {
    state: StateAddress;
    header: Uint8Array;
  };
  crypto_secretstream_xchacha20poly1305_push(
    state: StateAddress,
    message: Uint8Array,
    ad: Uint8Array | null,
    tag: number,
  ): Uint8Array;
  crypto_secretstream_xchacha20poly1305_init_pull(
    header: Uint8Array,
    key: Uint8Array,
  ): StateAddress;
  crypto_secretstream_xchacha20poly1305_pull(
    state: StateAddress,
    cipher: Uint8Array,
    ad: Uint8Array | null,
  ): { message: Uint8Array; tag: number } | false;
  crypto_secretstream_xchacha20poly1305_TAG_MESSAGE: number;
  crypto_secretstream_xchacha20poly1305_TAG_FINAL: number;
}

/** Plaintext bytes per piece: small enough to keep memory flat, large enough to add little. */
export const CHUNK_BYTES = 64 * 1024;

/** crypto_secretstream_xchacha20poly1305_ABYTES: tag byte plus Poly1305 MAC. */
export const CHUNK_OVERHEAD = 17;

const LENGTH_BYTES = 4;

/** Encrypts `plaintext` as a started stream; `firstAd` is bound to the first piece. */
export function sealChunks(
  sodium: StreamPrimitives,
  state: StateAddress,
  plaintext: Uint8Array,
  firstAd: Uint8Array,
): Uint8Array {
  const parts: Uint8Array[] = [];
  let offset = 0;
  do {
    const end = Math.min(offset + CHUNK_BYTES, plaintext.length);
    const last = end === plaintext.length;
    const sealed = sodium.crypto_secretstream_xchacha20poly1305_push(
      state,
      plaintext.subarray(offset, end),
      offset === 0 ? firstAd : null,
      last
        ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    );
    parts.push(u32be(sealed.length), sealed);
    offset = end;
  } while (offset < plaintext.length);
  return concatBytes(...parts);
}

/** Size of the sealed body for a plaintext of `length` bytes (to refuse oversize before the KDF). */
export function sealedLength(length: number): number {
  const chunks = Math.max(1, Math.ceil(length / CHUNK_BYTES));
  return length + chunks * (LENGTH_BYTES + CHUNK_OVERHEAD);
}

/**
 * Decrypts the pieces in `body` with a started stream. Throws TruncatedBackupError if the
 * body ends before a FINAL piece, TrailingDataError if bytes follow it, and
 * DamagedBackupError if any piece fails to authenticate or is not in canonical form.
 * Returns the plaintext pieces (the caller joins them and wipes them).
 */
export function openChunks(
  sodium: StreamPrimitives,
  state: StateAddress,
  body: Uint8Array,
  firstAd: Uint8Array,
): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  try {
    readPieces(sodium, state, body, firstAd, pieces);
    return pieces;
  } catch (error) {
    // Plaintext read before the fault is plan text: wipe it rather than leave it to the GC.
    for (const piece of pieces) piece.fill(0);
    throw error;
  }
}

function readPieces(
  sodium: StreamPrimitives,
  state: StateAddress,
  body: Uint8Array,
  firstAd: Uint8Array,
  pieces: Uint8Array[],
): void {
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let offset = 0;
  for (;;) {
    if (body.length - offset < LENGTH_BYTES) throw new TruncatedBackupError();
    const length = view.getUint32(offset, false);
    if (length < CHUNK_OVERHEAD || length > CHUNK_BYTES + CHUNK_OVERHEAD) {
      throw new DamagedBackupError();
    }
    const start = offset + LENGTH_BYTES;
    if (body.length - start < length) throw new TruncatedBackupError();
    const opened = sodium.crypto_secretstream_xchacha20poly1305_pull(
      state,
      body.subarray(start, start + length),
      offset === 0 ? firstAd : null,
    );
    if (!opened) throw new DamagedBackupError();
    pieces.push(opened.message);
    offset = start + length;
    if (opened.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      if (offset !== body.length) throw new TrailingDataError();
      return;
    }
    // Only full MESSAGE pieces may come before FINAL: one plaintext, one encoding.
    if (
      opened.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE ||
      opened.message.length !== CHUNK_BYTES
    ) {
      throw new DamagedBackupError();
    }
  }
}
