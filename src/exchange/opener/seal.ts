import { KDF_FLOOR, type KdfParams } from '../../vault/crypto/kdf.ts';
import { type BackupSodium, openBackupPlaintext, sealBackupPlaintext } from '../backup.ts';
import { decodeOpenerPayload, encodeOpenerPayload, type OpenerPayload } from './payload.ts';

/**
 * A self-opening file's payload in the `.pathway` container: the same header, Argon2id
 * key wrap, padding and secretstream as a backup (backup.ts), only the JSON inside differs.
 */
export function sealOpenerPayload(
  payload: OpenerPayload,
  passphrase: string,
  sodium: BackupSodium,
  // The vault's floor (64 MiB, t = 3): the file is opened on devices we know nothing
  // about, perhaps an old phone, so it is not calibrated upwards on a fast one.
  params: KdfParams = KDF_FLOOR,
): Uint8Array {
  const json = encodeOpenerPayload(payload);
  try {
    return sealBackupPlaintext(json, passphrase, sodium, params);
  } finally {
    json.fill(0);
  }
}

/** Header checked before Argon2id runs; WrongPassphraseError etc. as for backups. */
export function openOpenerPayload(
  bytes: Uint8Array,
  passphrase: string,
  sodium: BackupSodium,
): OpenerPayload {
  return openBackupPlaintext(bytes, passphrase, sodium, decodeOpenerPayload);
}
