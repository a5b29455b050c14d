import * as v from 'valibot';
import { type KeySlot, KeySlotSchema } from './crypto/slots.ts';
import { DamagedVaultError } from './errors.ts';

/** Vault format version: in the header, in every record blob, in all associated data. */
export const FORMAT_VERSION = 1;

/** The only plaintext the vault stores: format version and the two key slots. */
export interface VaultHeader {
  format: typeof FORMAT_VERSION;
  slots: KeySlot[];
}

/** Schema for an untrusted stored header: one passphrase slot and one recovery slot. */
export const VaultHeaderSchema = v.pipe(
  v.strictObject({
    format: v.literal(FORMAT_VERSION),
    slots: v.pipe(v.array(KeySlotSchema), v.length(2)),
  }),
  v.check(
    (header) =>
      header.slots.some((slot) => slot.kind === 'passphrase') &&
      header.slots.some((slot) => slot.kind === 'recovery'),
  ),
);

/** Validates a stored header; throws DamagedVaultError before any KDF can run on bad input. */
export function parseHeader(stored: unknown): VaultHeader {
  const result = v.safeParse(VaultHeaderSchema, stored);
  if (!result.success) throw new DamagedVaultError();
  return result.output;
}

/** The slot of a kind (the schema guarantees there is exactly one of each). */
export function slotOf(header: VaultHeader, kind: KeySlot['kind']): KeySlot {
  const slot = header.slots.find((candidate) => candidate.kind === kind);
  if (!slot) throw new DamagedVaultError();
  return slot;
}

/** A copy of the header with the slot of the same kind replaced. */
export function withSlot(header: VaultHeader, slot: KeySlot): VaultHeader {
  return {
    ...header,
    slots: header.slots.map((existing) => (existing.kind === slot.kind ? slot : existing)),
  };
}
