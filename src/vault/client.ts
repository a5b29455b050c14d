import type { Transport } from './channel.ts';
import { VaultLockedError } from './errors.ts';
import type { LockReason } from './protocol.ts';
import type {
  CreateResult,
  ListableStore,
  PageStore,
  RecordResult,
  SigningIdentity,
  VaultSecret,
} from './types.ts';

/** An unlocked vault, as the UI sees it. The vault key stays in the worker. */
export interface Vault {
  /** True once locked (by lock(), a worker failure, or another tab taking the database). */
  readonly locked: boolean;
  /** Why it locked on its own (another tab, a newer version, a crash); null otherwise. */
  readonly lockReason: LockReason | null;
  /** Terminates the worker synchronously; later calls reject with VaultLockedError. */
  lock(): void;
  /** Rewraps only the passphrase slot; old exports still open with the old passphrase. */
  changePassphrase(newPassphrase: string): Promise<void>;
  /** Makes a new recovery code (returned once to show); the old one stops working. */
  regenerateRecoveryCode(): Promise<string>;
  /** Decrypts all plans; damaged ones are reported, never dropped. */
  list(store: ListableStore): Promise<RecordResult[]>;
  /** One record, or undefined if none has that id. */
  read(store: PageStore, id: string): Promise<RecordResult | undefined>;
  /** Resolves only after the IndexedDB transaction completed: then say "Saved". */
  write(store: PageStore, id: string, value: unknown): Promise<void>;
  /** Deletes one record. */
  delete(store: PageStore, id: string): Promise<void>;
  /** The organisation signing key's public identity, or null if there is none. */
  signingIdentity(): Promise<SigningIdentity | null>;
  /** Makes (or replaces) the signing key; its secret half stays in the worker. */
  createSigningKey(name: string): Promise<SigningIdentity>;
  /** Ed25519 signature over `message` with the vault's signing key. */
  sign(message: Uint8Array): Promise<Uint8Array>;
  /** Checks an Ed25519 signature (any public key; no secret involved). */
  verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): Promise<boolean>;
  /** Calls `listener` once when the vault locks for any reason; returns an unsubscribe. */
  onLocked(listener: () => void): () => void;
}

/** The vault API bound to one way of starting workers. */
export interface VaultClient {
  vaultExists(): Promise<boolean>;
  createVault(passphrase: string): Promise<CreateResult & { vault: Vault }>;
  unlockVault(secret: VaultSecret): Promise<Vault>;
  deleteEverything(): Promise<void>;
}

/** How the client starts a vault host and wipes browser storage. */
export interface VaultClientOptions {
  createTransport: () => Transport;
  wipeBrowserData: () => Promise<void>;
}

class VaultHandle implements Vault {
  private isLocked = false;
  private reason: LockReason | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly transport: Transport) {}

  get locked(): boolean {
    return this.isLocked;
  }

  get lockReason(): LockReason | null {
    return this.reason;
  }

  lock(): void {
    this.lockBecause(null);
  }

  /** Locks, remembering why when the host locked on its own (listeners can read it). */
  lockBecause(reason: LockReason | null): void {
    if (this.isLocked) return;
    this.isLocked = true;
    this.reason = reason;
    this.transport.terminate();
    for (const listener of [...this.listeners]) listener();
    this.listeners.clear();
  }

  changePassphrase(newPassphrase: string): Promise<void> {
    return this.call(() =>
      this.transport.request('changePassphrase', { passphrase: newPassphrase }),
    ).then(() => undefined);
  }

  regenerateRecoveryCode(): Promise<string> {
    return this.call(() => this.transport.request('regenerateRecoveryCode', {}));
  }

  list(store: ListableStore): Promise<RecordResult[]> {
    return this.call(() => this.transport.request('list', { store }));
  }

  async read(store: PageStore, id: string): Promise<RecordResult | undefined> {
    return (await this.call(() => this.transport.request('read', { store, id }))) ?? undefined;
  }

  async write(store: PageStore, id: string, value: unknown): Promise<void> {
    await this.call(() => this.transport.request('write', { store, id, value }));
  }

  async delete(store: PageStore, id: string): Promise<void> {
    await this.call(() => this.transport.request('delete', { store, id }));
  }

  signingIdentity(): Promise<SigningIdentity | null> {
    return this.call(() => this.transport.request('signingIdentity', {}));
  }

  createSigningKey(name: string): Promise<SigningIdentity> {
    return this.call(() => this.transport.request('createSigningKey', { name }));
  }

  sign(message: Uint8Array): Promise<Uint8Array> {
    return this.call(() => this.transport.request('sign', { message }));
  }

  verify(message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
    return this.call(() => this.transport.request('verify', { message, signature, publicKey }));
  }

  onLocked(listener: () => void): () => void {
    if (this.isLocked) {
      queueMicrotask(listener);
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private call<T>(send: () => Promise<T>): Promise<T> {
    if (this.isLocked) return Promise.reject(new VaultLockedError());
    return send();
  }
}

/**
 * Creates the main-thread vault API. One worker at a time: a fresh one per unlocked
 * session (locking terminates it), reused between "does a vault exist" and "unlock".
 */
export function createVaultClient(options: VaultClientOptions): VaultClient {
  let transport: Transport | undefined;
  let vault: VaultHandle | undefined;

  const reset = (reason: LockReason | null = null) => {
    vault?.lockBecause(reason);
    transport?.terminate();
    vault = undefined;
    transport = undefined;
  };

  const ensureTransport = (): Transport => {
    if (transport) return transport;
    const created = options.createTransport();
    created.onLocked((reason) => {
      if (transport === created) reset(reason);
    });
    transport = created;
    return created;
  };

  /** Starts a session on a worker that holds no key yet (a previous vault is locked first). */
  const freshTransport = (): Transport => {
    if (vault) reset();
    return ensureTransport();
  };

  const adopt = (from: Transport): VaultHandle => {
    // Two unlocks racing on one worker (a double tap) share one handle, so locking it
    // is seen by both callers.
    if (vault && transport === from) return vault;
    const handle = new VaultHandle(from);
    handle.onLocked(() => {
      if (transport === from) {
        transport = undefined;
        vault = undefined;
      }
    });
    vault = handle;
    return handle;
  };

  return {
    vaultExists: () => ensureTransport().request('exists', {}),
    async createVault(passphrase) {
      const used = freshTransport();
      const result = await used.request('create', { passphrase });
      return { ...result, vault: adopt(used) };
    },
    async unlockVault(secret) {
      const used = freshTransport();
      await used.request('unlock', { secret });
      return adopt(used);
    },
    async deleteEverything() {
      reset();
      await options.wipeBrowserData();
    },
  };
}
