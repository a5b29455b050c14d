import * as v from 'valibot';
import { parsePlan } from '../../plans/answers.ts';
import { type CopyChoices, type CopyFor, includeInCopy } from '../../plans/sharing.ts';
import type { Answer, LeafAnswer, Plan } from '../../plans/types.ts';
import { visibleIds } from '../../templates/show-if.ts';
import type { Template } from '../../templates/types.ts';
import { validateTemplate } from '../../templates/validate.ts';
import { UnexpectedContentError, UnsupportedVersionError } from '../errors.ts';
import { parseBoundedJson } from '../json-bytes.ts';

/**
 * What a self-opening plan file holds once decrypted: one plan (already cut down to the
 * copy it is), the template that gives its questions their labels, who the copy is for,
 * and the ids that were visible when it was made. Stored in the `.pathway` container with
 * its own `type`, so it is never mistaken for a backup (a backup import refuses it).
 */
export const OPENER_TYPE = 'pathway-plan-file';
export const OPENER_VERSION = 1;

export interface OpenerPayload {
  type: typeof OPENER_TYPE;
  version: typeof OPENER_VERSION;
  createdAt: string;
  plan: Plan;
  template: Template;
  copy: CopyFor;
  choices: CopyChoices;
  /** Section and item ids shown when the file was made (show-if was evaluated then). */
  visible: string[];
}

/** The choices that actually apply: a copy for someone else never holds private answers. */
export function effectiveChoices(copy: CopyFor, choices: CopyChoices): CopyChoices {
  return copy === 'trustedContact' ? { ...choices, private: false } : { ...choices };
}

/**
 * The plan as it may leave the device in this copy: only answers that the copy shows
 * (visible, and allowed by {@link includeInCopy}, group sub-answers too), no answers
 * kept from earlier template versions, no "come back later" marks. What is not shown
 * is not in the file at all.
 */
export function planForCopy(
  plan: Plan,
  template: Template,
  copy: CopyFor,
  choices: CopyChoices,
): { plan: Plan; visible: string[] } {
  const chosen = effectiveChoices(copy, choices);
  const visible = visibleIds(template, plan.answers);
  const answers: Record<string, Answer> = {};
  const shown: string[] = [];
  for (const section of template.sections) {
    if (!visible.has(section.id)) continue;
    shown.push(section.id);
    for (const item of section.items) {
      if (!visible.has(item.id)) continue;
      const answer = plan.answers[item.id];
      if (!includeInCopy(copy, chosen, section, item, answer)) continue;
      // Only what the copy shows is listed, so show-if results reveal no left-out answer.
      if (item.kind === 'info') shown.push(item.id);
      if (!answer) continue;
      shown.push(item.id);
      if (item.kind === 'group' && answer.kind === 'group') {
        const entries = answer.value.map((entry) => {
          const kept: Record<string, LeafAnswer> = {};
          for (const sub of item.items) {
            const subAnswer = entry[sub.id];
            if (subAnswer && includeInCopy(copy, chosen, section, sub, subAnswer)) {
              kept[sub.id] = subAnswer;
            }
          }
          return kept;
        });
        answers[item.id] = { ...answer, value: entries };
      } else {
        answers[item.id] = answer;
      }
    }
  }
  const { later: _later, ...rest } = plan;
  return {
    plan: { ...rest, answers, earlierAnswers: [] },
    visible: shown,
  };
}

/** Builds the payload of a self-opening file, stripping first. `now` is for tests. */
export function createOpenerPayload(
  plan: Plan,
  template: Template,
  copy: CopyFor,
  choices: CopyChoices,
  now: Date = new Date(),
): OpenerPayload {
  const stripped = planForCopy(plan, template, copy, choices);
  return {
    type: OPENER_TYPE,
    version: OPENER_VERSION,
    createdAt: now.toISOString(),
    plan: stripped.plan,
    template,
    copy,
    choices: effectiveChoices(copy, choices),
    visible: stripped.visible,
  };
}

const EnvelopeSchema = v.strictObject({
  type: v.literal(OPENER_TYPE),
  version: v.literal(OPENER_VERSION),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  plan: v.unknown(),
  template: v.unknown(),
  copy: v.picklist(['me', 'trustedContact']),
  choices: v.strictObject({ sensitive: v.boolean(), private: v.boolean() }),
  visible: v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(10_000)),
});

/** Checks an untrusted value; throws UnexpectedContentError / UnsupportedVersionError. */
export function checkOpenerPayload(value: unknown): OpenerPayload {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UnexpectedContentError();
  }
  const { type, version } = value as { type?: unknown; version?: unknown };
  if (type !== OPENER_TYPE) throw new UnexpectedContentError();
  if (typeof version === 'number' && version > OPENER_VERSION) throw new UnsupportedVersionError();
  const envelope = v.safeParse(EnvelopeSchema, value);
  if (!envelope.success) throw new UnexpectedContentError();
  const plan = parsePlan(envelope.output.plan);
  const template = validateTemplate(envelope.output.template);
  if (!plan.ok || !template.ok) throw new UnexpectedContentError();
  const { copy, choices, visible, createdAt } = envelope.output;
  return {
    type: OPENER_TYPE,
    version: OPENER_VERSION,
    createdAt,
    plan: plan.plan,
    template: template.template,
    copy,
    choices: effectiveChoices(copy, choices),
    visible,
  };
}

/** Payload → UTF-8 JSON, checked first: a file that would not open is never written. */
export function encodeOpenerPayload(payload: OpenerPayload): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(checkOpenerPayload(payload)));
}

/** Decrypted bytes → checked payload (used with openBackupPlaintext). */
export function decodeOpenerPayload(bytes: Uint8Array): OpenerPayload {
  const value = parseBoundedJson(bytes);
  return checkOpenerPayload(value);
}
