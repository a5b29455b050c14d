import type { StateAddress } from 'libsodium-wrappers-sumo';
import * as v from 'valibot';
import { type AeadPrimitives, NONCE_BYTES } from '../vault/crypto/aead.ts';
import { concatBytes } from '../vault/crypto/bytes.ts';
import {
  deriveKey,
  KDF_FLOOR,
  type KdfParams,
  KdfParamsSchema,
  type KdfPrimitives,
  SALT_BYTES,
} from '../vault/crypto/kdf.ts';
import { normalizePassphrase } from '../vault/crypto/passphrase.ts';
import {
  BackupTooLargeError,
  DamagedBackupError,
  EmptyPassphraseError,
  UnsafeSettingsError,
  WrongPassphraseError,
} from './errors.ts';
import {
  type BackupHeader,
  encodeHeader,
  encodeKeyWrapAd,
  FILE_KEY_BYTES,
  HEADER_BYTES,
  MAX_BACKUP_BYTES,
  parseHeader,
} from './format.ts';
import {
  type BackupContents,
  type BackupPayload,
  decodePayload,
  encodePayload,
} from './payload.ts';
import { openChunks, type StreamPrimitives, sealChunks, sealedLength } from './stream.ts';

/**
 * The encrypted backup file: Argon2id(passphrase) wraps a fresh random file key, which
 * encrypts the padded payload as a secretstream. The model is age: a small authenticated
 * header with the KDF stanza, then STREAM-style chunks with an explicit final one. A fresh
 * file key per backup means the passphrase-derived key encrypts exactly 32 bytes, and the
 * same passphrase can be used for many backups without ever reusing a stream key.
 */

/** The libsodium functions a backup needs; the real sumo build satisfies this. */
export type BackupSodium = KdfPrimitives & AeadPrimitives & StreamPrimitives & PadPrimitives;

/** libsodium's padding (the vault pads in JavaScript now; backups still use these). */
interface PadPrimitives {
  pad(buf: Uint8Array, blocksize: number): Uint8Array;
  unpad(buf: Uint8Array, blocksize: number): Uint8Array;
}

/**
 * The payload is padded to a multiple of this before encryption. A backup travels through
 * chat apps and mail servers that see its size; 4 KiB steps hide the exact length of any
 * one answer, and cost little next to a plan's size.
 */
export const BACKUP_PAD_BLOCK = 4096;

function passphraseBytes(passphrase: string, onEmpty: () => Error): Uint8Array {
  try {
    // The vault's normalisation (NFKC, trimmed), so the vault passphrase works here too.
    return normalizePassphrase(passphrase);
  } catch {
    throw onEmpty();
  }
}

/**
 * Encrypts plaintext bytes into `.pathway` bytes. Exported for tests that need files with
 * arbitrary contents; the app goes through {@link encryptBackup}, which validates first.
 */
export function sealBackupPlaintext(
  json: Uint8Array,
  passphrase: string,
  sodium: BackupSodium,
  params: KdfParams,
): Uint8Array {
  const kdf = v.safeParse(KdfParamsSchema, params);
  if (!kdf.success) throw new UnsafeSettingsError('These key-derivation settings are not allowed.');
  const secret = passphraseBytes(passphrase, () => new EmptyPassphraseError());
  const plaintext = sodium.pad(json, BACKUP_PAD_BLOCK);
  const fileKey = sodium.randombytes_buf(FILE_KEY_BYTES);
  try {
    // Checked before the slow KDF: a file no reader would accept is never made.
    if (HEADER_BYTES + sealedLength(plaintext.length) > MAX_BACKUP_BYTES) {
      throw new BackupTooLargeError('These plans are too large for one backup file.');
    }
    const salt = sodium.randombytes_buf(SALT_BYTES);
    const wrapNonce = sodium.randombytes_buf(NONCE_BYTES);
    const keyWrapAd = encodeKeyWrapAd(kdf.output, salt);
    const kek = deriveKey(sodium, secret, salt, kdf.output);
    let wrappedKey: Uint8Array;
    try {
      wrappedKey = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        fileKey,
        keyWrapAd,
        null,
        wrapNonce,
        kek,
      );
    } finally {
      kek.fill(0);
    }
    const stream = sodium.crypto_secretstream_xchacha20poly1305_init_push(fileKey);
    const header = encodeHeader(keyWrapAd, wrapNonce, wrappedKey, stream.header);
    return concatBytes(header, sealChunks(sodium, stream.state, plaintext, header));
  } finally {
    fileKey.fill(0);
    plaintext.fill(0);
    secret.fill(0);
  }
}

/**
 * Encrypts a payload into `.pathway` bytes under `passphrase`. `params` defaults to the
 * vault's floor (64 MiB, t=3); the worker passes calibrated ones. Parameters outside the
 * bounds every reader enforces, and plans that would not pass validation on import, are
 * refused: we never write a file that cannot be opened.
 */
export function encryptBackup(
  payload: BackupPayload,
  passphrase: string,
  sodium: BackupSodium,
  params: KdfParams = KDF_FLOOR,
): Uint8Array {
  const json = encodePayload(payload);
  try {
    return sealBackupPlaintext(json, passphrase, sodium, params);
  } finally {
    json.fill(0);
  }
}

/** Argon2id(passphrase) → unwraps the file key; a failure is reported as a wrong passphrase. */
function unwrapFileKey(sodium: BackupSodium, header: BackupHeader, passphrase: string): Uint8Array {
  // An empty passphrase cannot have made a file; say "wrong" without running the KDF.
  const secret = passphraseBytes(passphrase, () => new WrongPassphraseError());
  let kek: Uint8Array;
  try {
    kek = deriveKey(sodium, secret, header.salt, header.kdf);
  } finally {
    secret.fill(0);
  }
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      header.wrappedKey,
      header.keyWrapAd,
      header.wrapNonce,
      kek,
    );
  } catch {
    // The header CRC already passed, so this is the passphrase (or deliberate tampering).
    throw new WrongPassphraseError();
  } finally {
    kek.fill(0);
  }
}

/**
 * Decrypts `.pathway` bytes and hands the plaintext to `use`, wiping it afterwards. The
 * header is validated before Argon2 runs. Exported for tests; the app uses decryptBackup.
 */
export function openBackupPlaintext<T>(
  bytes: Uint8Array,
  passphrase: string,
  sodium: BackupSodium,
  use: (plaintext: Uint8Array) => T,
): T {
  const header = parseHeader(bytes);
  const fileKey = unwrapFileKey(sodium, header, passphrase);
  let state: StateAddress;
  try {
    state = sodium.crypto_secretstream_xchacha20poly1305_init_pull(header.streamHeader, fileKey);
  } finally {
    fileKey.fill(0);
  }
  const pieces = openChunks(sodium, state, bytes.subarray(HEADER_BYTES), header.bytes);
  const padded = concatBytes(...pieces);
  for (const piece of pieces) piece.fill(0);
  try {
    let plaintext: Uint8Array;
    try {
      plaintext = sodium.unpad(padded, BACKUP_PAD_BLOCK);
    } catch {
      throw new DamagedBackupError();
    }
    try {
      return use(plaintext);
    } finally {
      // unpad returns a copy: wipe both.
      plaintext.fill(0);
    }
  } finally {
    padded.fill(0);
  }
}

/**
 * Decrypts `.pathway` bytes and checks the contents. The header (size, magic, version, CRC,
 * KDF bounds) is validated before Argon2 runs. Throws a BackupError for a refused file; a
 * plan that fails validation is reported in `plans` and does not stop the others.
 */
export function decryptBackup(
  bytes: Uint8Array,
  passphrase: string,
  sodium: BackupSodium,
): BackupContents {
  return openBackupPlaintext(bytes, passphrase, sodium, decodePayload);
}
