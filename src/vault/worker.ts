/**
 * The vault side of the crypto worker: the only place the vault key exists. It loads
 * libsodium-wrappers-sumo and the database, answers requests from protocol.ts, and
 * posts a "locked" event if another tab takes the database away.
 */
import { loadSodium } from './crypto/sodium.ts';
import { createVaultHost } from './host.ts';
import type { WorkerMessage } from './protocol.ts';
import { openVaultStorage } from './storage/db.ts';
import { createMemoryStorage } from './storage/memory.ts';

/** The part of DedicatedWorkerGlobalScope we use (the app's lib is DOM, not WebWorker). */
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/**
 * Serve vault requests in this worker (called by src/workers/crypto.ts). A guest vault
 * keeps its records in this worker's memory only; nothing reaches IndexedDB.
 */
export function startVaultWorker({ guest = false }: { guest?: boolean } = {}): void {
  const scope = self as unknown as WorkerScope;
  const host = createVaultHost({
    loadSodium: () => loadSodium(),
    openStorage: async (hooks) =>
      guest
        ? createMemoryStorage()
        : openVaultStorage({ onBlocking: hooks.onBlocking, onTerminated: hooks.onTerminated }),
    emit: (event) => scope.postMessage(event),
  });
  scope.addEventListener('message', (event) => {
    void host.handle(event.data).then((response) => scope.postMessage(response));
  });
}
