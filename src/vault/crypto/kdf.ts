import * as v from 'valibot';
import { CryptoUnavailableError, DamagedVaultError } from '../errors.ts';

const MiB = 1024 * 1024;

/** Argon2id parameters as stored in a key slot (p = 1: libsodium.js runs one lane). */
export interface KdfParams {
  alg: 'argon2id13';
  memlimitBytes: number;
  opslimit: number;
}

/** What calibrate() chose and whether it had to fall back to the small-device setting. */
export interface Calibration {
  params: KdfParams;
  fallback: boolean;
  measuredMs: number;
}

/** The primitives key derivation needs; the real libsodium object satisfies this. */
export interface KdfPrimitives {
  crypto_pwhash(
    keyLength: number,
    password: Uint8Array,
    salt: Uint8Array,
    opsLimit: number,
    memLimit: number,
    algorithm: number,
  ): Uint8Array;
  crypto_pwhash_ALG_ARGON2ID13: number;
  randombytes_buf(length: number): Uint8Array;
}

/** Sane range for parameters read from storage or a file, checked BEFORE Argon2 runs. */
export const KDF_BOUNDS = {
  memlimitMin: 19 * MiB,
  memlimitMax: 1024 * MiB,
  opslimitMin: 2,
  opslimitMax: 20,
} as const;

/** Our floor for new vaults: Bitwarden's default, a little under Standard Notes' (64 MiB, t=5). */
export const KDF_FLOOR: KdfParams = { alg: 'argon2id13', memlimitBytes: 64 * MiB, opslimit: 3 };

/** OWASP's minimum for Argon2id (m=19 MiB, t=2, p=1), used only if 64 MiB cannot be allocated. */
export const KDF_FALLBACK: KdfParams = { alg: 'argon2id13', memlimitBytes: 19 * MiB, opslimit: 2 };

/** Bytes of salt per slot (crypto_pwhash_SALTBYTES). */
export const SALT_BYTES = 16;

/** Bytes of derived key (an XChaCha20-Poly1305 key). */
export const DERIVED_KEY_BYTES = 32;

/** Schema for untrusted KDF parameters (header, import file). */
export const KdfParamsSchema = v.strictObject({
  alg: v.literal('argon2id13'),
  memlimitBytes: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(KDF_BOUNDS.memlimitMin),
    v.maxValue(KDF_BOUNDS.memlimitMax),
    // libsodium counts memory in KiB; a whole number of KiB keeps the stored value canonical.
    v.multipleOf(1024),
  ),
  opslimit: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(KDF_BOUNDS.opslimitMin),
    v.maxValue(KDF_BOUNDS.opslimitMax),
  ),
});

/** Returns the parameters if they are inside KDF_BOUNDS, else throws DamagedVaultError. */
export function assertKdfParams(candidate: unknown): KdfParams {
  const result = v.safeParse(KdfParamsSchema, candidate);
  if (!result.success) {
    throw new DamagedVaultError('The stored key-derivation settings are outside the safe range.');
  }
  return result.output;
}

/**
 * Argon2id(secret, salt) → 32-byte key. Parameters are re-validated here so no caller can
 * reach crypto_pwhash with absurd values (a 4 TiB memlimit would hang or crash the worker).
 */
export function deriveKey(
  sodium: KdfPrimitives,
  secret: Uint8Array,
  salt: Uint8Array,
  params: KdfParams,
): Uint8Array {
  const checked = assertKdfParams(params);
  if (salt.length !== SALT_BYTES) throw new DamagedVaultError('The stored salt has a wrong size.');
  const key = sodium.crypto_pwhash(
    DERIVED_KEY_BYTES,
    secret,
    salt,
    checked.opslimit,
    checked.memlimitBytes,
    sodium.crypto_pwhash_ALG_ARGON2ID13,
  );
  // An all-zero key means a broken or stubbed primitive; never encrypt under it.
  if (key.length !== DERIVED_KEY_BYTES || key.every((byte) => byte === 0)) {
    throw new CryptoUnavailableError('Key derivation returned an invalid key.');
  }
  return key;
}

/** Options for calibrate(); the clock is injectable so the policy is testable without Argon2. */
export interface CalibrateOptions {
  now?: () => number;
  targetMs?: number;
  /**
   * Memory is raised only up to this cap, then time cost. Unlocking later must succeed
   * under memory pressure on a cheap phone; a vault that needs more RAM than the phone
   * can spare at that moment would lock its owner out.
   */
  maxMemlimitBytes?: number;
  maxSteps?: number;
}

/**
 * Measures Argon2id on this device and picks parameters: starts at KDF_FLOOR (64 MiB, t=3),
 * raises memory (doubling, up to the cap) and then time cost toward `targetMs` (~0.5 s),
 * never overshooting by more than half. If even 64 MiB cannot be allocated, falls back to
 * KDF_FALLBACK (19 MiB, t=2) and says so. Costs roughly 2× the target at set-up only.
 */
export function calibrate(sodium: KdfPrimitives, options: CalibrateOptions = {}): Calibration {
  const now = options.now ?? (() => performance.now());
  const targetMs = options.targetMs ?? 500;
  const maxMem = options.maxMemlimitBytes ?? 128 * MiB;
  const maxSteps = options.maxSteps ?? 4;
  const secret = sodium.randombytes_buf(32);
  const salt = sodium.randombytes_buf(SALT_BYTES);
  const probe = (params: KdfParams): number => {
    const start = now();
    deriveKey(sodium, secret, salt, params);
    return now() - start;
  };

  let params = KDF_FLOOR;
  let ms: number;
  try {
    ms = probe(KDF_FLOOR);
  } catch {
    // Allocation failure inside WebAssembly surfaces as a thrown error from crypto_pwhash.
    try {
      return { params: KDF_FALLBACK, fallback: true, measuredMs: probe(KDF_FALLBACK) };
    } catch {
      throw new CryptoUnavailableError('This device cannot run the key derivation.');
    }
  }

  for (let step = 0; step < maxSteps && ms < targetMs * 0.75; step++) {
    const next = raise(params, ms, targetMs, maxMem);
    if (!next) break;
    let nextMs: number;
    try {
      nextMs = probe(next);
    } catch {
      break; // could not allocate more: keep what worked
    }
    if (nextMs > targetMs * 1.5) break;
    params = next;
    ms = nextMs;
  }
  return { params, fallback: false, measuredMs: ms };
}

function raise(params: KdfParams, ms: number, targetMs: number, maxMem: number): KdfParams | null {
  const memCap = Math.min(maxMem, KDF_BOUNDS.memlimitMax);
  if (params.memlimitBytes < memCap) {
    return { ...params, memlimitBytes: Math.min(params.memlimitBytes * 2, memCap) };
  }
  const scaled = Math.floor((params.opslimit * targetMs) / Math.max(ms, 1));
  const opslimit = Math.min(KDF_BOUNDS.opslimitMax, Math.max(params.opslimit + 1, scaled));
  return opslimit > params.opslimit ? { ...params, opslimit } : null;
}
