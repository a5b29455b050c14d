import { reviveError, VaultLockedError } from './errors.ts';
import type { LockReason, Op, Operations, Request, WorkerMessage } from './protocol.ts';

/** How the client talks to a vault host: a Worker in the app, in-process in unit tests. */
export interface Transport {
  /** Sends one request; resolves with its result or rejects with the revived typed error. */
  request<K extends Op>(op: K, params: Operations[K]['params']): Promise<Operations[K]['result']>;
  /** Called once if the host locks on its own (database taken, worker crashed). */
  onLocked(listener: (reason: LockReason) => void): void;
  /** Stops the host now; pending and later requests reject with VaultLockedError. */
  terminate(): void;
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/**
 * Request ids, pending promises and the locked event, shared by both transports so the
 * in-process one exercises the same bookkeeping as the Worker one.
 */
export class Channel {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private lockedListener: ((reason: LockReason) => void) | undefined;
  private closed = false;

  constructor(
    private readonly post: (request: Request) => void,
    private readonly stop: () => void,
  ) {}

  request<K extends Op>(op: K, params: Operations[K]['params']): Promise<Operations[K]['result']> {
    if (this.closed) return Promise.reject(new VaultLockedError());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // The worker's answer is trusted to match the operation: it runs our own code.
      this.pending.set(id, { resolve: (r) => resolve(r as Operations[K]['result']), reject });
      try {
        this.post({ kind: 'request', id, op, params } as Request);
      } catch (error) {
        this.pending.delete(id);
        reject(error instanceof Error ? error : new Error('Could not send to the vault.'));
      }
    });
  }

  /** Routes one message from the host. */
  receive(message: WorkerMessage): void {
    if (message.kind === 'event') {
      this.fail(message.reason);
      return;
    }
    const waiting = this.pending.get(message.id);
    if (!waiting) return;
    this.pending.delete(message.id);
    if (message.ok) waiting.resolve(message.result);
    else waiting.reject(reviveError(message.error));
  }

  /** The host is gone on its own: stop it, reject everything, tell the listener. */
  fail(reason: LockReason): void {
    if (this.closed) return;
    this.terminate();
    this.lockedListener?.(reason);
  }

  onLocked(listener: (reason: LockReason) => void): void {
    this.lockedListener = listener;
  }

  terminate(): void {
    if (this.closed) return;
    this.closed = true;
    this.stop();
    for (const waiting of this.pending.values()) waiting.reject(new VaultLockedError());
    this.pending.clear();
  }
}
