import { reviveBackupError } from './errors.ts';
import { readBackupHeader } from './format.ts';
import type { BackupContents, BackupPayload } from './payload.ts';
import type {
  EncryptResult,
  ExchangeOp,
  ExchangeOps,
  ExchangeRequest,
  ExchangeResponse,
} from './protocol.ts';

/** The part of a Worker the client uses (a real Worker, or an in-process one in tests). */
export interface WorkerLike {
  postMessage(message: ExchangeRequest): void;
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<ExchangeResponse>) => void,
  ): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

/** Options for one export or import. */
export interface JobOptions {
  /** Aborting terminates the worker at once (e.g. the person leaves the screen or quick-exits). */
  signal?: AbortSignal;
}

/** Backups as the UI sees them: every call runs in its own short-lived worker. */
export interface ExchangeClient {
  /** Encrypts plans into `.pathway` bytes with KDF settings calibrated on this device. */
  exportBackup(
    payload: BackupPayload,
    passphrase: string,
    options?: JobOptions,
  ): Promise<EncryptResult>;
  /** Checks the header here (no worker for a file that is refused anyway), then decrypts. */
  importBackup(
    bytes: Uint8Array,
    passphrase: string,
    options?: JobOptions,
  ): Promise<BackupContents>;
}

function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error
    ? signal.reason
    : new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Creates the main-thread client. A fresh worker per job, terminated when the job ends
 * for any reason, so no key or plaintext outlives the job inside it.
 */
export function createExchangeClient(createWorker: () => WorkerLike): ExchangeClient {
  const run = <K extends ExchangeOp>(
    request: ExchangeRequest & { op: K },
    signal: AbortSignal | undefined,
  ): Promise<ExchangeOps[K]['result']> => {
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    const worker = createWorker();
    return new Promise<ExchangeOps[K]['result']>((resolve, reject) => {
      const finish = (settle: () => void) => {
        worker.terminate();
        signal?.removeEventListener('abort', onAbort);
        settle();
      };
      const onAbort = () => finish(() => reject(abortReason(signal as AbortSignal)));
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.addEventListener('message', (event) => {
        const response = event.data;
        // The worker runs our own code, so its result matches the operation.
        finish(() =>
          response.ok
            ? resolve(response.result as ExchangeOps[K]['result'])
            : reject(reviveBackupError(response.error)),
        );
      });
      const crashed = (event: Event) => {
        event.preventDefault();
        finish(() => reject(new Error('The backup could not be processed on this device.')));
      };
      worker.addEventListener('error', crashed);
      worker.addEventListener('messageerror', crashed);
      worker.postMessage(request);
    });
  };

  return {
    exportBackup: (payload, passphrase, options = {}) =>
      run({ op: 'encrypt', payload, passphrase }, options.signal),
    async importBackup(bytes, passphrase, options = {}) {
      readBackupHeader(bytes);
      return run({ op: 'decrypt', bytes, passphrase }, options.signal);
    },
  };
}
