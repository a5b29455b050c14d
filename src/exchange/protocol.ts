import * as v from 'valibot';
import type { SerializedError } from '../vault/errors.ts';
import type { KdfSummary } from '../vault/types.ts';
import type { BackupContents, BackupPayload } from './payload.ts';

/**
 * Messages between the main thread and the exchange worker. A worker answers exactly one
 * request and is then terminated, so the Argon2 memory, the file key and the decrypted
 * bytes go with it; no request ids are needed.
 */
export interface ExchangeOps {
  encrypt: { params: { payload: BackupPayload; passphrase: string }; result: EncryptResult };
  decrypt: { params: { bytes: Uint8Array; passphrase: string }; result: BackupContents };
}

/** A finished backup and how it was locked, so the UI can say if the fallback was used. */
export interface EncryptResult {
  bytes: Uint8Array;
  kdf: KdfSummary;
}

/** Name of an operation. */
export type ExchangeOp = keyof ExchangeOps;

/** The one request a worker receives. */
export type ExchangeRequest = {
  [K in ExchangeOp]: { op: K } & ExchangeOps[K]['params'];
}[ExchangeOp];

/** The one answer a worker posts. */
export type ExchangeResponse =
  | { ok: true; result: ExchangeOps[ExchangeOp]['result'] }
  | { ok: false; error: SerializedError };

/** Schema for the request arriving in the worker (the payload itself is checked by encryptBackup). */
export const ExchangeRequestSchema = v.variant('op', [
  v.strictObject({ op: v.literal('encrypt'), payload: v.unknown(), passphrase: v.string() }),
  v.strictObject({
    op: v.literal('decrypt'),
    bytes: v.instance(Uint8Array),
    passphrase: v.string(),
  }),
]);
