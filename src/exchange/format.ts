import * as v from 'valibot';
import { NONCE_BYTES, TAG_BYTES } from '../vault/crypto/aead.ts';
import { concatBytes, u32be } from '../vault/crypto/bytes.ts';
import { type KdfParams, KdfParamsSchema, SALT_BYTES } from '../vault/crypto/kdf.ts';
import { crc32 } from './crc32.ts';
import {
  BackupTooLargeError,
  DamagedBackupError,
  NotABackupError,
  TruncatedBackupError,
  UnsafeSettingsError,
  UnsupportedVersionError,
} from './errors.ts';

/**
 * The `.pathway` header (all integers big-endian; layout in docs/SECURITY.md):
 *
 *   [0..8)     magic "PATHWAY\0"
 *   [8]        format version (1)
 *   [9]        KDF id (1 = Argon2id v1.3, one lane)
 *   [10..14)   opslimit, u32
 *   [14..18)   memlimit in bytes, u32
 *   [18..34)   salt
 *   [34..58)   nonce of the key wrap
 *   [58..106)  file key (32) wrapped with XChaCha20-Poly1305, AD = bytes [0..34)
 *   [106..130) crypto_secretstream_xchacha20poly1305 header
 *   [130..134) CRC-32 of bytes [0..130)
 *
 * Then the chunks (see stream.ts). The whole header, CRC included, is the associated data
 * of the first chunk, so no header byte can change without the file failing to open.
 */

/** "PATHWAY" and a NUL: recognisable in a hex dump, never valid UTF-8 text of a paste. */
export const MAGIC = Uint8Array.of(0x50, 0x41, 0x54, 0x48, 0x57, 0x41, 0x59, 0x00);

/** The only container version this app writes and reads. */
export const FORMAT_VERSION = 1;

/** KDF id for Argon2id v1.3 (crypto_pwhash_ALG_ARGON2ID13). */
export const KDF_ARGON2ID13 = 1;

/** Size of the random file key (crypto_secretstream_xchacha20poly1305_KEYBYTES). */
export const FILE_KEY_BYTES = 32;

/** crypto_secretstream_xchacha20poly1305_HEADERBYTES. */
export const STREAM_HEADER_BYTES = 24;

/**
 * Largest file accepted (and written). Far above any real set of plans (a full plan is a
 * few tens of KiB) yet small enough to hold in memory on a cheap phone; checked before
 * anything is parsed.
 */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

const VERSION_AT = MAGIC.length;
const KDF_AT = VERSION_AT + 1;
const SALT_AT = KDF_AT + 9;
/** Bytes [0..KEY_WRAP_AD_END) are the associated data of the key wrap. */
const KEY_WRAP_AD_END = SALT_AT + SALT_BYTES;
const WRAPPED_KEY_AT = KEY_WRAP_AD_END + NONCE_BYTES;
const STREAM_HEADER_AT = WRAPPED_KEY_AT + FILE_KEY_BYTES + TAG_BYTES;
const CRC_AT = STREAM_HEADER_AT + STREAM_HEADER_BYTES;

/** Length of the whole header; the first chunk starts here. */
export const HEADER_BYTES = CRC_AT + 4;

/** What the header says, for the UI: nothing about the plans, only how the file is locked. */
export interface BackupHeaderInfo {
  formatVersion: number;
  kdf: KdfParams;
  /** Size of the whole file in bytes. */
  size: number;
}

/** Every header field, for the reader and writer. */
export interface BackupHeader extends BackupHeaderInfo {
  salt: Uint8Array;
  wrapNonce: Uint8Array;
  wrappedKey: Uint8Array;
  streamHeader: Uint8Array;
  /** Bytes [0..34): associated data of the key wrap. */
  keyWrapAd: Uint8Array;
  /** The whole header including its CRC: associated data of the first chunk. */
  bytes: Uint8Array;
}

/** Magic, version, KDF id and parameters, salt: the key wrap's associated data. */
export function encodeKeyWrapAd(kdf: KdfParams, salt: Uint8Array): Uint8Array {
  return concatBytes(
    MAGIC,
    Uint8Array.of(FORMAT_VERSION, KDF_ARGON2ID13),
    u32be(kdf.opslimit),
    u32be(kdf.memlimitBytes),
    salt,
  );
}

/** The full header: key-wrap AD, wrap nonce, wrapped key, stream header, CRC. */
export function encodeHeader(
  keyWrapAd: Uint8Array,
  wrapNonce: Uint8Array,
  wrappedKey: Uint8Array,
  streamHeader: Uint8Array,
): Uint8Array {
  const body = concatBytes(keyWrapAd, wrapNonce, wrappedKey, streamHeader);
  if (body.length !== CRC_AT) throw new RangeError('Backup header parts have wrong sizes.');
  return concatBytes(body, u32be(crc32(body)));
}

function startsWithMagic(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * Parses and checks the header without any cryptography, in this order: size, magic,
 * version, length, CRC, KDF id and bounds. Throws the matching BackupError. Argon2 can
 * therefore never run with parameters from a file that is not, or no longer, intact and safe.
 */
export function parseHeader(bytes: Uint8Array): BackupHeader {
  if (bytes.length > MAX_BACKUP_BYTES) throw new BackupTooLargeError();
  if (!startsWithMagic(bytes)) {
    // A non-empty prefix of the magic is the start of a backup that was cut off.
    const cutOff = bytes.length > 0 && bytes.every((byte, i) => MAGIC[i] === byte);
    throw cutOff ? new TruncatedBackupError() : new NotABackupError();
  }
  if (bytes.length <= VERSION_AT) throw new TruncatedBackupError();
  const formatVersion = bytes[VERSION_AT];
  // Version 0 was never written: a changed byte, not a file from another app version.
  if (formatVersion === 0) throw new DamagedBackupError();
  if (formatVersion !== FORMAT_VERSION) throw new UnsupportedVersionError();
  if (bytes.length < HEADER_BYTES) throw new TruncatedBackupError();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(CRC_AT, false) !== crc32(bytes.subarray(0, CRC_AT))) {
    throw new DamagedBackupError();
  }
  if (bytes[KDF_AT] !== KDF_ARGON2ID13) throw new UnsafeSettingsError();
  const kdf = v.safeParse(KdfParamsSchema, {
    alg: 'argon2id13',
    opslimit: view.getUint32(KDF_AT + 1, false),
    memlimitBytes: view.getUint32(KDF_AT + 5, false),
  });
  if (!kdf.success) throw new UnsafeSettingsError();
  return {
    formatVersion,
    kdf: kdf.output,
    size: bytes.length,
    salt: bytes.slice(SALT_AT, KEY_WRAP_AD_END),
    wrapNonce: bytes.slice(KEY_WRAP_AD_END, WRAPPED_KEY_AT),
    wrappedKey: bytes.slice(WRAPPED_KEY_AT, STREAM_HEADER_AT),
    streamHeader: bytes.slice(STREAM_HEADER_AT, CRC_AT),
    keyWrapAd: bytes.slice(0, KEY_WRAP_AD_END),
    bytes: bytes.slice(0, HEADER_BYTES),
  };
}

/**
 * Checks a file's header before any key derivation and says how it is locked. Throws a
 * BackupError for anything that is not an intact, supported, safe backup header. The plans'
 * dates and count are known only after decryption.
 */
export function readBackupHeader(bytes: Uint8Array): BackupHeaderInfo {
  const { formatVersion, kdf, size } = parseHeader(bytes);
  return { formatVersion, kdf, size };
}
