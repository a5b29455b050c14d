import { Channel, type Transport } from './channel.ts';
import type { WorkerMessage } from './protocol.ts';

/**
 * Starts the dedicated vault worker. Written exactly as `new Worker(new URL(...),
 * { type: 'module' })` so Vite bundles the worker (and libsodium) as a separate chunk.
 * Terminating it drops the vault key and the whole WebAssembly heap, which only grows.
 */
export function createWorkerTransport(role: 'vault' | 'guest' = 'vault'): Transport {
  // One worker script serves the vault and backups (src/workers/crypto.ts), so
  // libsodium is bundled and precached once; `name` picks the role.
  const worker = new Worker(new URL('../workers/crypto.ts', import.meta.url), {
    type: 'module',
    name: role,
  });
  const channel = new Channel(
    (request) => worker.postMessage(request),
    () => worker.terminate(),
  );
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    channel.receive(event.data);
  });
  // A failed load (e.g. CSP without 'wasm-unsafe-eval') or an uncaught error: treat as locked.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    channel.fail('crashed');
  });
  worker.addEventListener('messageerror', () => channel.fail('crashed'));
  return channel;
}
