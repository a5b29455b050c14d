import * as v from 'valibot';
import type { AeadPrimitives } from './aead.ts';
import { concatBytes, u32be, utf8 } from './bytes.ts';
import {
  deriveKey,
  type KdfParams,
  KdfParamsSchema,
  type KdfPrimitives,
  SALT_BYTES,
} from './kdf.ts';

/**
 * Key slots: each wraps the same random 32-byte vault key under a key-encryption key
 * derived with Argon2id from one secret (the passphrase, or the recovery code). Changing
 * one secret rewrites one slot; the vault key and every record stay as they are.
 */

/** Which secret opens a slot. */
export type SlotKind = 'passphrase' | 'recovery';

/** A key slot as stored in the plaintext header. */
export interface KeySlot {
  kind: SlotKind;
  kdf: KdfParams;
  salt: Uint8Array;
  nonce: Uint8Array;
  wrappedKey: Uint8Array;
}

/** Size of the vault key. */
export const VAULT_KEY_BYTES = 32;

const bytes = (length: number) => v.pipe(v.instance(Uint8Array), v.length(length));

/** Schema for an untrusted stored slot; KDF bounds are part of it. */
export const KeySlotSchema = v.strictObject({
  kind: v.picklist(['passphrase', 'recovery']),
  kdf: KdfParamsSchema,
  salt: bytes(SALT_BYTES),
  nonce: bytes(24),
  wrappedKey: bytes(VAULT_KEY_BYTES + 16),
});

const KIND_CODE: Record<SlotKind, number> = { passphrase: 1, recovery: 2 };
const ALG_CODE = { argon2id13: 1 } as const;

/**
 * Associated data for a slot: everything in the slot except the wrapped key. Editing the
 * stored parameters or salt, or relabelling a recovery slot as a passphrase slot, makes the
 * slot fail to open instead of deriving something unexpected.
 */
export function slotAd(format: number, kind: SlotKind, kdf: KdfParams, salt: Uint8Array) {
  return concatBytes(
    utf8('pathway-slot'),
    Uint8Array.of(0, format, KIND_CODE[kind], ALG_CODE[kdf.alg]),
    u32be(kdf.opslimit),
    u32be(kdf.memlimitBytes),
    salt,
  );
}

/** Creates a slot wrapping `vaultKey` under Argon2id(secret) with a fresh salt and nonce. */
export function wrapSlot(
  sodium: KdfPrimitives & AeadPrimitives,
  format: number,
  kind: SlotKind,
  secret: Uint8Array,
  kdf: KdfParams,
  vaultKey: Uint8Array,
): KeySlot {
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const nonce = sodium.randombytes_buf(24);
  const kek = deriveKey(sodium, secret, salt, kdf);
  try {
    const wrappedKey = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      vaultKey,
      slotAd(format, kind, kdf, salt),
      null,
      nonce,
      kek,
    );
    return { kind, kdf, salt, nonce, wrappedKey };
  } finally {
    kek.fill(0);
  }
}

/**
 * Returns the vault key if `secret` opens the slot, or null if it does not. Parameters are
 * validated inside deriveKey before Argon2 runs.
 */
export function unwrapSlot(
  sodium: KdfPrimitives & AeadPrimitives,
  format: number,
  slot: KeySlot,
  secret: Uint8Array,
): Uint8Array | null {
  const kek = deriveKey(sodium, secret, slot.salt, slot.kdf);
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      slot.wrappedKey,
      slotAd(format, slot.kind, slot.kdf, slot.salt),
      slot.nonce,
      kek,
    );
  } catch {
    return null;
  } finally {
    kek.fill(0);
  }
}
