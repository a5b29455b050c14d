import { openRecord, PAD_BLOCK, RecordAuthError, sealPaddedRecord } from './crypto/aead.ts';
import {
  assertKdfParams,
  type CalibrateOptions,
  calibrate,
  KDF_FALLBACK,
  KDF_FLOOR,
  type KdfParams,
} from './crypto/kdf.ts';
import { normalizePassphrase } from './crypto/passphrase.ts';
import {
  generatedCodeBytes,
  generateRecoveryCode,
  normalizeRecoveryCode,
  recoveryCodeBytes,
} from './crypto/recovery-code.ts';
import {
  type KeySlot,
  type SlotKind,
  unwrapSlot,
  VAULT_KEY_BYTES,
  wrapSlot,
} from './crypto/slots.ts';
import type { Sodium } from './crypto/sodium.ts';
import { NoVaultError, VaultExistsError, VaultLockedError, WrongSecretError } from './errors.ts';
import { FORMAT_VERSION, parseHeader, slotOf, type VaultHeader, withSlot } from './header.ts';
import { decodeValue, encodeValuePadded } from './record-codec.ts';
import { isValidRecordId } from './record-id.ts';
import { STORE_NAMES, type StoreName, type VaultStorage } from './storage/types.ts';
import type { CreateResult, RecordResult, VaultSecret } from './types.ts';

/** Dependencies of VaultCore, injected so it runs in the worker and in Node tests. */
export interface VaultCoreOptions {
  sodium: Sodium;
  storage: VaultStorage;
  /**
   * Test-only: fixed KDF parameters instead of calibrating. Still checked against the
   * stored-parameter bounds. The worker never passes this, so the public API cannot.
   */
  kdfParams?: KdfParams;
  calibration?: CalibrateOptions;
}

/**
 * The vault logic that runs inside the worker: holds the vault key while unlocked,
 * wraps/unwraps key slots, encrypts and decrypts records. The key never leaves this object.
 */
export class VaultCore {
  private key: Uint8Array | null = null;

  constructor(private readonly options: VaultCoreOptions) {}

  /** True while the vault key is held. */
  get unlocked(): boolean {
    return this.key !== null;
  }

  /** True if a header is stored (a vault exists on this device). */
  async exists(): Promise<boolean> {
    return (await this.options.storage.readHeader()) !== undefined;
  }

  /** Creates a new vault with a random key, a passphrase slot and a recovery slot. */
  async create(passphrase: string): Promise<CreateResult> {
    const { sodium, storage } = this.options;
    const secret = normalizePassphrase(passphrase);
    // Checked before the slow KDF; createHeader checks again atomically.
    if (await this.exists()) throw new VaultExistsError();
    const chosen = this.options.kdfParams
      ? { params: assertKdfParams(this.options.kdfParams), fallback: false }
      : calibrate(sodium, this.options.calibration);
    const recoveryParams = this.options.kdfParams ?? (chosen.fallback ? KDF_FALLBACK : KDF_FLOOR);
    const vaultKey = sodium.randombytes_buf(VAULT_KEY_BYTES);
    const recoveryCode = generateRecoveryCode((length) => sodium.randombytes_buf(length));
    const header: VaultHeader = {
      format: FORMAT_VERSION,
      slots: [
        wrapSlot(sodium, FORMAT_VERSION, 'passphrase', secret, chosen.params, vaultKey),
        wrapSlot(
          sodium,
          FORMAT_VERSION,
          'recovery',
          generatedCodeBytes(recoveryCode),
          recoveryParams,
          vaultKey,
        ),
      ],
    };
    sodium.memzero(secret);
    try {
      await storage.createHeader(header);
    } catch (error) {
      sodium.memzero(vaultKey);
      throw error;
    }
    this.setKey(vaultKey);
    const { memlimitBytes, opslimit } = chosen.params;
    return { recoveryCode, kdf: { memlimitBytes, opslimit, fallback: chosen.fallback } };
  }

  /** Opens the vault with the passphrase or the recovery code; WrongSecretError for either. */
  async unlock(secret: VaultSecret): Promise<void> {
    const stored = await this.options.storage.readHeader();
    if (stored === undefined) throw new NoVaultError();
    // Validation (including KDF bounds) happens here, before any Argon2 call.
    const header = parseHeader(stored);
    const [kind, bytes] = secretBytes(secret);
    let key: Uint8Array | null;
    try {
      key = unwrapSlot(this.options.sodium, header.format, slotOf(header, kind), bytes);
    } finally {
      this.options.sodium.memzero(bytes);
    }
    if (!key) throw new WrongSecretError();
    this.setKey(key);
  }

  /** Wipes the vault key. The worker is terminated too, which takes the WebAssembly heap. */
  lock(): void {
    if (this.key) this.options.sodium.memzero(this.key);
    this.key = null;
  }

  /** Rewraps only the passphrase slot; the recovery slot and all records stay unchanged. */
  async changePassphrase(newPassphrase: string): Promise<void> {
    const secret = normalizePassphrase(newPassphrase);
    await this.rewrapSlot('passphrase', secret);
  }

  /** Replaces the recovery slot with one for a new code; the old code stops working. */
  async regenerateRecoveryCode(): Promise<string> {
    const { sodium } = this.options;
    const code = generateRecoveryCode((length) => sodium.randombytes_buf(length));
    await this.rewrapSlot('recovery', generatedCodeBytes(code));
    return code;
  }

  /** Decrypts every record of a store; damaged ones are reported as such, never dropped. */
  async list(store: StoreName): Promise<RecordResult[]> {
    assertStore(store);
    this.requireKey();
    const rows = await this.options.storage.listRecords(store);
    const key = this.requireKey(); // re-read: a lock may have happened during the await
    return rows.map((row) => this.decrypt(key, store, row.id, row.data));
  }

  /** Decrypts one record; undefined if there is none under that id. */
  async read(store: StoreName, id: string): Promise<RecordResult | undefined> {
    assertStore(store);
    assertId(id);
    this.requireKey();
    const row = await this.options.storage.readRecord(store, id);
    const key = this.requireKey();
    return row && this.decrypt(key, store, id, row.data);
  }

  /** Encrypts and stores a JSON-serialisable value; resolves after the transaction completed. */
  async write(store: StoreName, id: string, value: unknown): Promise<void> {
    assertStore(store);
    assertId(id);
    const padded = encodeValuePadded(value, PAD_BLOCK);
    let blob: Uint8Array;
    try {
      blob = sealPaddedRecord(this.options.sodium, this.requireKey(), store, id, padded);
    } finally {
      padded.fill(0);
    }
    await this.options.storage.writeRecord(store, id, blob);
  }

  /** Deletes a record (the ciphertext; IndexedDB may keep freed pages until compaction). */
  async delete(store: StoreName, id: string): Promise<void> {
    assertStore(store);
    assertId(id);
    this.requireKey();
    await this.options.storage.deleteRecord(store, id);
  }

  private async rewrapSlot(kind: SlotKind, secret: Uint8Array): Promise<void> {
    const { sodium, storage } = this.options;
    this.requireKey();
    const header = parseHeader(await storage.readHeader());
    const params = this.options.kdfParams ?? slotOf(header, kind).kdf;
    let slot: KeySlot;
    try {
      slot = wrapSlot(sodium, header.format, kind, secret, params, this.requireKey());
    } finally {
      sodium.memzero(secret);
    }
    // Read-modify-write in one transaction, so a concurrent change of the other slot
    // (another tab) is never overwritten with a stale copy.
    await storage.updateHeader((current) => withSlot(parseHeader(current), slot));
  }

  private decrypt(key: Uint8Array, store: StoreName, id: string, data: unknown): RecordResult {
    if (!(data instanceof Uint8Array)) return { id, ok: false, error: 'damaged' };
    try {
      const plaintext = openRecord(this.options.sodium, key, store, id, data);
      const value = decodeValue(plaintext);
      plaintext.fill(0);
      return { id, ok: true, value };
    } catch (error) {
      if (
        error instanceof RecordAuthError ||
        error instanceof SyntaxError ||
        error instanceof TypeError
      ) {
        return { id, ok: false, error: 'damaged' };
      }
      throw error;
    }
  }

  private requireKey(): Uint8Array {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }

  private setKey(key: Uint8Array): void {
    this.lock();
    this.key = key;
  }
}

function secretBytes(secret: VaultSecret): [SlotKind, Uint8Array] {
  if ('passphrase' in secret) {
    try {
      return ['passphrase', normalizePassphrase(secret.passphrase)];
    } catch {
      throw new WrongSecretError();
    }
  }
  const canonical = normalizeRecoveryCode(secret.recoveryCode);
  // A malformed code cannot open anything: same calm error, and no KDF run.
  if (!canonical) throw new WrongSecretError();
  return ['recovery', recoveryCodeBytes(canonical)];
}

function assertStore(store: StoreName): void {
  if (!STORE_NAMES.includes(store)) throw new RangeError('Unknown store.');
}

function assertId(id: string): void {
  if (!isValidRecordId(id)) throw new RangeError('Record ids must be 1–128 base64url characters.');
}
