/**
 * The one crypto worker script. The vault (keys, records) and backups (export, import)
 * run in separate Worker instances of it, chosen by the worker's `name`, so libsodium is
 * bundled and downloaded once. Each instance is terminated after use; keys and
 * WebAssembly memory go with it.
 */
import { startExchangeWorker } from '../exchange/worker.ts';
import { startVaultWorker } from '../vault/worker.ts';

const role = (self as unknown as { name: string }).name;
if (role === 'exchange') startExchangeWorker();
else startVaultWorker({ guest: role === 'guest' });
