import * as v from 'valibot';
import type { SerializedError } from './errors.ts';
import type {
  CreateResult,
  ListableStore,
  PageStore,
  RecordResult,
  SigningIdentity,
  VaultSecret,
} from './types.ts';

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
  read: { params: { store: PageStore; id: string }; result: RecordResult | null };
  write: { params: { store: PageStore; id: string; value: unknown }; result: null };
  delete: { params: { store: PageStore; id: string }; result: null };
  signingIdentity: { params: Record<string, never>; result: SigningIdentity | null };
  createSigningKey: { params: { name: string }; result: SigningIdentity };
  sign: { params: { message: Uint8Array }; result: Uint8Array };
  verify: {
    params: { message: Uint8Array; signature: Uint8Array; publicKey: Uint8Array };
    result: boolean;
  };
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

// `keys` is deliberately absent: the signing key is reachable only through sign().
const Store = v.picklist(['plans', 'settings', 'templates']);
const Bytes = v.instance(Uint8Array);
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
  request('list', v.strictObject({ store: v.picklist(['plans', 'templates']) })),
  request('read', v.strictObject({ store: Store, id: v.string() })),
  request('write', v.strictObject({ store: Store, id: v.string(), value: v.unknown() })),
  request('delete', v.strictObject({ store: Store, id: v.string() })),
  request('signingIdentity', Empty),
  request('createSigningKey', v.strictObject({ name: v.string() })),
  request('sign', v.strictObject({ message: Bytes })),
  request('verify', v.strictObject({ message: Bytes, signature: Bytes, publicKey: Bytes })),
]);
