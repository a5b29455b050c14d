/**
 * The exchange side of the crypto worker: encrypts or decrypts one backup, posts the answer, and is
 * terminated by the client. Argon2's WebAssembly memory (which only grows) and the keys
 * die with it, as in the vault worker.
 */
import { loadSodium } from '../vault/crypto/sodium.ts';
import { createExchangeHost } from './host.ts';
import type { ExchangeResponse } from './protocol.ts';

/** The part of DedicatedWorkerGlobalScope we use (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: ExchangeResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/** Serve one export or import in this worker (called by src/workers/crypto.ts). */
export function startExchangeWorker(): void {
  const scope = self as unknown as WorkerScope;
  const host = createExchangeHost({ loadSodium: () => loadSodium() });
  scope.addEventListener('message', (event) => {
    void host.handle(event.data).then((response) => {
      // Hand a finished file over without copying it.
      const bytes = response.ok && 'bytes' in response.result ? response.result.bytes : undefined;
      scope.postMessage(response, bytes ? [bytes.buffer] : []);
    });
  });
}
