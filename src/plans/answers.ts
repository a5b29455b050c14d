import * as v from 'valibot';
import { fromValibotIssues, type TemplateError } from '../templates/errors.ts';
import { MAX_ITEMS, MAX_REPEATS, MAX_SECTIONS } from '../templates/limits.ts';
import { IdSchema, LanguageTagSchema, LocalisedTextSchema } from '../templates/schema-text.ts';
import type { Plan } from './types.ts';

/** Longest answer text; long enough for a detailed note, short enough to stay safe. */
export const MAX_ANSWER_LENGTH = 20_000;

/** Most earlier answers kept; they pile up only across many template versions. */
export const MAX_EARLIER_ANSWERS = 5_000;

const Text = v.pipe(
  v.string('Expected text'),
  v.maxLength(MAX_ANSWER_LENGTH, 'Answer is too long'),
);
const TriState = v.optional(
  v.picklist(['yes', 'no', 'unsure'], 'Expected "yes", "no" or "unsure"'),
);
const meta = { private: v.optional(v.boolean('Expected true or false')) };
const idList = v.pipe(v.array(IdSchema), v.maxLength(500, 'Too many choices'));

const Contact = v.strictObject({
  name: Text,
  phone: Text,
  relationship: Text,
  knowsAboutWork: TriState,
  okToCallFromDetention: TriState,
});

/** A stored answer to any item other than a group. */
export const LeafAnswerSchema = v.variant('kind', [
  v.strictObject({ ...meta, kind: v.picklist(['shortText', 'longText']), value: Text }),
  v.strictObject({ ...meta, kind: v.literal('singleChoice'), value: IdSchema }),
  v.strictObject({ ...meta, kind: v.picklist(['multipleChoice', 'checklist']), value: idList }),
  v.strictObject({ ...meta, kind: v.literal('yesNo'), value: v.picklist(['yes', 'no']) }),
  v.strictObject({
    ...meta,
    kind: v.literal('date'),
    value: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected YYYY-MM-DD')),
  }),
  v.strictObject({
    ...meta,
    kind: v.literal('contact'),
    value: v.pipe(v.array(Contact), v.maxLength(MAX_REPEATS, 'Too many contacts')),
  }),
  v.strictObject({
    ...meta,
    kind: v.literal('memoriseNumber'),
    value: v.strictObject({ name: Text, number: Text }),
  }),
]);

/** A stored answer to any item. */
export const AnswerSchema = v.variant('kind', [
  ...LeafAnswerSchema.options,
  v.strictObject({
    ...meta,
    kind: v.literal('group'),
    value: v.pipe(
      v.array(v.record(IdSchema, LeafAnswerSchema)),
      v.maxLength(MAX_REPEATS, 'Too many repeats'),
    ),
  }),
]);

/** One answer kept from an earlier template version. */
export const EarlierAnswerSchema = v.strictObject({
  itemId: IdSchema,
  groupId: v.optional(IdSchema),
  repeat: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  fromVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  reason: v.picklist(['removed', 'kindChanged', 'optionRemoved']),
  question: v.optional(LocalisedTextSchema),
  optionLabels: v.optional(v.record(IdSchema, LocalisedTextSchema)),
  answer: AnswerSchema,
});

/** A plan as read back from storage or an import file: untrusted until this passes. */
export const PlanSchema = v.strictObject({
  formatVersion: v.literal(1, 'Expected plan formatVersion 1'),
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,100}$/, 'Expected a plan id')),
  templateId: IdSchema,
  templateVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  title: v.pipe(v.string(), v.maxLength(500, 'Title is too long')),
  language: LanguageTagSchema,
  createdAt: v.pipe(v.string(), v.isoTimestamp('Expected an ISO timestamp')),
  updatedAt: v.pipe(v.string(), v.isoTimestamp('Expected an ISO timestamp')),
  answers: v.pipe(
    v.record(IdSchema, AnswerSchema),
    v.check((answers) => Object.keys(answers).length <= MAX_ITEMS, 'Too many answers'),
  ),
  earlierAnswers: v.pipe(
    v.array(EarlierAnswerSchema),
    v.maxLength(MAX_EARLIER_ANSWERS, 'Too many earlier answers'),
  ),
  later: v.optional(v.pipe(v.array(IdSchema), v.maxLength(MAX_SECTIONS, 'Too many sections'))),
});

// Compile-time proof that what the schema lets through is a Plan.
const _planShape: v.GenericSchema<unknown, Plan> = PlanSchema;
void _planShape;

/** The outcome of {@link parsePlan}. */
export type PlanResult = { ok: true; plan: Plan } | { ok: false; errors: TemplateError[] };

/** Validates a plan read from storage or a file. Never throws. */
export function parsePlan(input: unknown): PlanResult {
  try {
    const result = v.safeParse(PlanSchema, input, { abortEarly: false });
    return result.success
      ? { ok: true, plan: result.output }
      : { ok: false, errors: fromValibotIssues(result.issues).slice(0, 100) };
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: String(error) }] };
  }
}
