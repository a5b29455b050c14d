import * as v from 'valibot';
import { calibrate, type KdfParams } from '../vault/crypto/kdf.ts';
import type { Sodium } from '../vault/crypto/sodium.ts';
import { CryptoUnavailableError, serializeError } from '../vault/errors.ts';
import { decryptBackup, encryptBackup } from './backup.ts';
import type { BackupPayload } from './payload.ts';
import { type EncryptResult, ExchangeRequestSchema, type ExchangeResponse } from './protocol.ts';

/** What the exchange worker needs. */
export interface ExchangeHostOptions {
  loadSodium: () => Promise<Sodium>;
  /**
   * Test-only: fixed KDF parameters instead of calibrating on this device. Still checked
   * against the reader's bounds. The worker entry never sets it and no message can, so the
   * UI cannot make a weaker backup.
   */
  kdfParams?: KdfParams;
}

/** Handles one request: shared by the worker entry and the in-process test worker. */
export interface ExchangeHost {
  handle(message: unknown): Promise<ExchangeResponse>;
}

/** loadSodium checks what the vault needs; backups also need secretstream (all sumo builds have it). */
function assertStream(sodium: Sodium): Sodium {
  if (typeof sodium.crypto_secretstream_xchacha20poly1305_init_push !== 'function') {
    throw new CryptoUnavailableError('The encryption library lacks secretstream.');
  }
  return sodium;
}

/** Builds a host; libsodium loads on the first request. */
export function createExchangeHost(options: ExchangeHostOptions): ExchangeHost {
  const encrypt = (sodium: Sodium, payload: unknown, passphrase: string): EncryptResult => {
    // Calibrated like the vault's passphrase slot (toward ~0.5 s here, memory at most
    // 128 MiB so a cheaper phone can still open it); 19 MiB/t=2 only if 64 MiB fails.
    const chosen = options.kdfParams
      ? { params: options.kdfParams, fallback: false }
      : calibrate(sodium);
    // encryptBackup validates the untrusted payload before anything is written.
    const bytes = encryptBackup(payload as BackupPayload, passphrase, sodium, chosen.params);
    const { memlimitBytes, opslimit } = chosen.params;
    return { bytes, kdf: { memlimitBytes, opslimit, fallback: chosen.fallback } };
  };

  return {
    async handle(message) {
      const parsed = v.safeParse(ExchangeRequestSchema, message);
      if (!parsed.success) {
        return { ok: false, error: { name: 'TypeError', message: 'Malformed request.' } };
      }
      try {
        const sodium = assertStream(await options.loadSodium());
        const request = parsed.output;
        const result =
          request.op === 'encrypt'
            ? encrypt(sodium, request.payload, request.passphrase)
            : decryptBackup(request.bytes, request.passphrase, sodium);
        return { ok: true, result };
      } catch (error) {
        return { ok: false, error: serializeError(error) };
      }
    },
  };
}
