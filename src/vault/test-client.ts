/**
 * The public vault client over an in-process host, for unit tests (never imported by app
 * code): same protocol and code as the worker, no Worker, over fake-indexeddb.
 */
import type { Transport } from './channel.ts';
import { createVaultClient, type VaultClient } from './client.ts';
import type { HostOptions } from './host.ts';
import { createInProcessTransport } from './in-process-transport.ts';
import { openVaultStorage } from './storage/db.ts';
import { TEST_KDF, testSodium, uniqueDbName } from './test-harness.ts';

/** The public client over an in-process host: same protocol, same code, no Worker. */
export function testClient(
  options: { loadSodium?: HostOptions['loadSodium']; record?: (result: unknown) => void } = {},
) {
  const name = uniqueDbName();
  const transports: Transport[] = [];
  const client: VaultClient = createVaultClient({
    createTransport: () => {
      const transport = createInProcessTransport({
        loadSodium: options.loadSodium ?? testSodium,
        openStorage: (hooks) => openVaultStorage({ name, ...hooks }),
        kdfParams: TEST_KDF,
      });
      transports.push(transport);
      const record = options.record;
      if (!record) return transport;
      const recording: Transport = {
        request: async (op, params) => {
          const result = await transport.request(op, params);
          record(result);
          return result;
        },
        onLocked: (listener) => transport.onLocked(listener),
        terminate: () => transport.terminate(),
      };
      return recording;
    },
    wipeBrowserData: async () => {
      await new Promise<void>((resolve) => {
        indexedDB.deleteDatabase(name).onsuccess = () => resolve();
      });
    },
  });
  return { client, name, transports };
}
