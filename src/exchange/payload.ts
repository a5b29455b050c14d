import * as v from 'valibot';
import { parsePlan } from '../plans/answers.ts';
import type { Plan } from '../plans/types.ts';
import type { TemplateError } from '../templates/errors.ts';
import type { Template } from '../templates/types.ts';
import { validateTemplate } from '../templates/validate.ts';
import { UnexpectedContentError, UnsupportedVersionError } from './errors.ts';
import { parseBoundedJson } from './json-bytes.ts';

/**
 * What a backup holds once decrypted: versioned JSON in the style of excalidraw's exports
 * (`{ type, version, … }`), checked with valibot before anything is used. Each plan and
 * template is validated on its own, so one bad plan is reported and the others still import.
 */

/** The `type` of a plan backup; another type in a Pathway container is refused. */
export const BACKUP_TYPE = 'pathway-backup';

/** The payload version this app writes and reads. */
export const PAYLOAD_VERSION = 1;

/** Most plans in one backup (a support worker's device holds dozens, not thousands). */
export const MAX_PLANS = 1000;

/** Most templates in one backup. */
export const MAX_TEMPLATES = 100;

/** The decrypted content of a backup, as written. */
export interface BackupPayload {
  type: typeof BACKUP_TYPE;
  version: typeof PAYLOAD_VERSION;
  /** ISO 8601: when the backup was made (shown after decryption only). */
  createdAt: string;
  plans: Plan[];
  /** Templates the plans were made from, for a device that does not have them. */
  templates?: Template[];
}

/** One plan read from a backup, or why it could not be (the others still import). */
export type PlanImport =
  | { ok: true; plan: Plan }
  | { ok: false; index: number; id?: string; title?: string; errors: TemplateError[] };

/** One template read from a backup, or why it could not be. */
export type TemplateImport =
  | { ok: true; template: Template }
  | { ok: false; index: number; id?: string; errors: TemplateError[] };

/** A decrypted backup with every plan and template checked. */
export interface BackupContents {
  createdAt: string;
  plans: PlanImport[];
  templates: TemplateImport[];
}

/** Builds a payload to encrypt; `now` is injectable for tests. */
export function createBackupPayload(
  plans: Plan[],
  templates: Template[] = [],
  now: Date = new Date(),
): BackupPayload {
  const payload: BackupPayload = {
    type: BACKUP_TYPE,
    version: PAYLOAD_VERSION,
    createdAt: now.toISOString(),
    plans,
  };
  return templates.length > 0 ? { ...payload, templates } : payload;
}

const EnvelopeSchema = v.strictObject({
  type: v.literal(BACKUP_TYPE),
  version: v.literal(PAYLOAD_VERSION),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  plans: v.pipe(v.array(v.unknown()), v.maxLength(MAX_PLANS)),
  templates: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_TEMPLATES))),
});

/** Checks type and version first, so a newer backup says "update the app", not "damaged". */
function parseEnvelope(value: unknown): v.InferOutput<typeof EnvelopeSchema> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UnexpectedContentError();
  }
  const { type, version } = value as { type?: unknown; version?: unknown };
  if (type !== BACKUP_TYPE) throw new UnexpectedContentError();
  if (typeof version === 'number' && version > PAYLOAD_VERSION) {
    throw new UnsupportedVersionError();
  }
  const result = v.safeParse(EnvelopeSchema, value);
  if (!result.success) throw new UnexpectedContentError();
  return result.output;
}

/** A string field of an untrusted object, cut short, for naming a plan that failed to load. */
function label(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' ? field.slice(0, 200) : undefined;
}

function readPlans(values: unknown[]): PlanImport[] {
  return values.map((value, index) => {
    const result = parsePlan(value);
    if (result.ok) return result;
    return {
      ok: false,
      index,
      id: label(value, 'id'),
      title: label(value, 'title'),
      errors: result.errors,
    };
  });
}

function readTemplates(values: unknown[]): TemplateImport[] {
  return values.map((value, index) => {
    const result = validateTemplate(value);
    if (result.ok) return result;
    return { ok: false, index, id: label(value, 'id'), errors: result.errors };
  });
}

/**
 * Plaintext bytes → checked contents. Throws UnexpectedContentError (not JSON, wrong type,
 * malformed envelope) or UnsupportedVersionError; a bad plan or template is reported in
 * its slot instead.
 */
export function decodePayload(bytes: Uint8Array): BackupContents {
  const value = parseBoundedJson(bytes);
  const envelope = parseEnvelope(value);
  return {
    createdAt: envelope.createdAt,
    plans: readPlans(envelope.plans),
    templates: readTemplates(envelope.templates ?? []),
  };
}

const NOT_WRITTEN = 'Some plans could not be checked, so no backup was made.';

/**
 * Payload → UTF-8 JSON bytes. Every plan and template is checked first and written as
 * validated, because a backup that would not import is worse than no backup: the person
 * may delete the originals trusting it. Throws UnexpectedContentError if any fails.
 */
export function encodePayload(payload: BackupPayload): Uint8Array {
  let envelope: v.InferOutput<typeof EnvelopeSchema>;
  try {
    envelope = parseEnvelope(payload);
  } catch {
    throw new UnexpectedContentError(NOT_WRITTEN);
  }
  const plans: Plan[] = [];
  for (const result of readPlans(envelope.plans)) {
    if (!result.ok) throw new UnexpectedContentError(NOT_WRITTEN);
    plans.push(result.plan);
  }
  const templates: Template[] = [];
  for (const result of readTemplates(envelope.templates ?? [])) {
    if (!result.ok) throw new UnexpectedContentError(NOT_WRITTEN);
    templates.push(result.template);
  }
  const checked = { ...createBackupPayload(plans, templates), createdAt: envelope.createdAt };
  return new TextEncoder().encode(JSON.stringify(checked));
}
