import { Channel, type Transport } from './channel.ts';
import { createVaultHost, type HostOptions } from './host.ts';

/**
 * Runs a vault host in this thread, for unit tests. Messages are structured-cloned both
 * ways, as postMessage would, so nothing passes by reference that a worker could not send.
 */
export function createInProcessTransport(options: Omit<HostOptions, 'emit'>): Transport {
  let channel: Channel | undefined;
  const host = createVaultHost({
    ...options,
    emit: (event) => queueMicrotask(() => channel?.receive(structuredClone(event))),
  });
  channel = new Channel(
    (request) => {
      const copy = structuredClone(request);
      void host.handle(copy).then((response) => channel?.receive(structuredClone(response)));
    },
    () => host.close(),
  );
  return channel;
}
