import * as v from 'valibot';
import type { SerializedError } from './errors.ts';
import type { StoreName } from './storage/types.ts';
import type { CreateResult, ListableStore, RecordResult, VaultSecret } from './types.ts';

/**
 * Messages between the main thread and the vault worker. Every request carries an id and
 * gets exactly one response with that id; errors travel as `{ name, message }`. The only
 * unsolicited message is the "locked" event (another tab needs the database, or the
 * browser closed it), after which the main thread terminates the worker.
 */
export interface Operations {
  exists: { params: Record<string, never>; result: boolean };
  create: { params: { passphrase: string }; result: CreateResult };
  unlock: { params: { secret: VaultSecret }; result: null };
  changePassphrase: { params: { passphrase: string }; result: null };
  regenerateRecoveryCode: { params: Record<string, never>; result: string };
  list: { params: { store: ListableStore }; result: RecordResult[] };
  read: { params: { store: StoreName; id: string }; result: RecordResult | null };
  write: { params: { store: StoreName; id: string; value: unknown }; result: null };
  delete: { params: { store: StoreName; id: string }; result: null };
}

/** Name of an operation. */
export type Op = keyof Operations;

/** A request for one operation. */
export type Request = {
  [K in Op]: { kind: 'request'; id: number; op: K; params: Operations[K]['params'] };
}[Op];

/** The single answer to a request. */
export type Response =
  | { kind: 'response'; id: number; ok: true; result: unknown }
  | { kind: 'response'; id: number; ok: false; error: SerializedError };

/**
 * Why the worker locked on its own: another tab deleted the database ('blocking'), a
 * newer app version upgraded it ('newerVersion'), the browser closed it, or a crash.
 */
export type LockReason = 'blocking' | 'newerVersion' | 'terminated' | 'crashed';

/** Unsolicited notice from the worker: it has locked and closed its database. */
export interface LockedEvent {
  kind: 'event';
  event: 'locked';
  reason: LockReason;
}

/** Anything the worker posts. */
export type WorkerMessage = Response | LockedEvent;

const Store = v.picklist(['plans', 'settings']);
const Empty = v.strictObject({});
const request = <const Op extends string, const P extends v.GenericSchema>(op: Op, params: P) =>
  v.strictObject({ kind: v.literal('request'), id: v.number(), op: v.literal(op), params });

/** Schema for requests arriving in the worker (checked, not trusted). */
export const RequestSchema = v.variant('op', [
  request('exists', Empty),
  request('create', v.strictObject({ passphrase: v.string() })),
  request(
    'unlock',
    v.strictObject({
      secret: v.union([
        v.strictObject({ passphrase: v.string() }),
        v.strictObject({ recoveryCode: v.string() }),
      ]),
    }),
  ),
  request('changePassphrase', v.strictObject({ passphrase: v.string() })),
  request('regenerateRecoveryCode', Empty),
  request('list', v.strictObject({ store: v.literal('plans') })),
  request('read', v.strictObject({ store: Store, id: v.string() })),
  request('write', v.strictObject({ store: Store, id: v.string(), value: v.unknown() })),
  request('delete', v.strictObject({ store: Store, id: v.string() })),
]);
