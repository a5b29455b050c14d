import * as v from 'valibot';
import { VaultCore } from './core.ts';
import type { KdfParams } from './crypto/kdf.ts';
import type { Sodium } from './crypto/sodium.ts';
import { serializeError } from './errors.ts';
import { type LockedEvent, RequestSchema, type Response } from './protocol.ts';
import { VaultSigner } from './signing.ts';
import type { BlockingReason } from './storage/db.ts';
import type { VaultStorage } from './storage/types.ts';

/** Hooks storage calls when the database is taken away from us. */
export interface StorageHooks {
  onBlocking(reason: BlockingReason): void;
  onTerminated(): void;
}

/** What a host needs: how to load libsodium, open storage, and report a self-lock. */
export interface HostOptions {
  loadSodium: () => Promise<Sodium>;
  openStorage: (hooks: StorageHooks) => Promise<VaultStorage>;
  emit: (event: LockedEvent) => void;
  /** Test-only fixed KDF parameters; the worker entry never sets this. */
  kdfParams?: KdfParams;
}

/** The request handler shared by the real worker and the in-process test transport. */
export interface VaultHost {
  handle(message: unknown): Promise<Response>;
  close(): void;
}

/** Builds a host; libsodium and the database are loaded on the first request. */
export function createVaultHost(options: HostOptions): VaultHost {
  let storage: VaultStorage | undefined;
  let core: VaultCore | undefined;
  let signer: VaultSigner | undefined;
  const selfLock = (reason: LockedEvent['reason']) => {
    core?.lock();
    options.emit({ kind: 'event', event: 'locked', reason });
  };
  // Compiling libsodium's WebAssembly and opening the database do not depend on each
  // other: started together, an unlock waits for the slower one only.
  const opening = options.openStorage({
    onBlocking: (reason) => selfLock(reason === 'newerVersion' ? 'newerVersion' : 'blocking'),
    onTerminated: () => selfLock('terminated'),
  });
  // Kept as soon as it opens, so close() closes it even if libsodium failed to load.
  opening.then(
    (opened) => {
      storage = opened;
    },
    () => undefined,
  );
  const ready = (async () => {
    const [sodium, opened] = await Promise.all([options.loadSodium(), opening]);
    core = new VaultCore({ sodium, storage: opened, kdfParams: options.kdfParams });
    signer = new VaultSigner(sodium, core);
    return { core, signer };
  })();
  // Failures are reported per request; this only avoids an unhandled-rejection warning.
  ready.catch(() => undefined);

  return {
    async handle(message) {
      const parsed = v.safeParse(RequestSchema, message);
      const id =
        typeof (message as { id?: unknown })?.id === 'number' ? (message as { id: number }).id : -1;
      if (!parsed.success) {
        return {
          kind: 'response',
          id,
          ok: false,
          error: { name: 'TypeError', message: 'Malformed request.' },
        };
      }
      try {
        // "Is there a vault?" needs the database only: answered without waiting for
        // libsodium, so the lock screen shows while the WebAssembly still compiles.
        if (parsed.output.op === 'exists') {
          const result = (await (await opening).readHeader()) !== undefined;
          return { kind: 'response', id, ok: true, result };
        }
        const result = await run(await ready, parsed.output);
        return { kind: 'response', id, ok: true, result };
      } catch (error) {
        return { kind: 'response', id, ok: false, error: serializeError(error) };
      }
    },
    close() {
      core?.lock();
      storage?.close();
    },
  };
}

type ParsedRequest = v.InferOutput<typeof RequestSchema>;

async function run(
  { core, signer }: { core: VaultCore; signer: VaultSigner },
  request: ParsedRequest,
): Promise<unknown> {
  switch (request.op) {
    case 'exists':
      return core.exists();
    case 'create':
      return core.create(request.params.passphrase);
    case 'unlock':
      await core.unlock(request.params.secret);
      return null;
    case 'changePassphrase':
      await core.changePassphrase(request.params.passphrase);
      return null;
    case 'regenerateRecoveryCode':
      return core.regenerateRecoveryCode();
    case 'list':
      return core.list(request.params.store);
    case 'read':
      return (await core.read(request.params.store, request.params.id)) ?? null;
    case 'write':
      await core.write(request.params.store, request.params.id, request.params.value);
      return null;
    case 'delete':
      await core.delete(request.params.store, request.params.id);
      return null;
    case 'signingIdentity':
      return signer.identity();
    case 'createSigningKey':
      return signer.create(request.params.name);
    case 'sign':
      return signer.sign(request.params.message);
    case 'verify': {
      const { message, signature, publicKey } = request.params;
      return signer.verify(message, signature, publicKey);
    }
  }
}
