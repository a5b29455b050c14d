import * as v from 'valibot';
import { MAX_LIST_LENGTH, MAX_REPEATS } from './limits.ts';
import { ConditionSchema } from './schema-show-if.ts';
import { IdSchema, IsoDateSchema, LocalisedTextSchema } from './schema-text.ts';

/** Who an item or section is for; used to build the trusted-contact copy. */
export const AudienceSchema = v.pipe(
  v.array(
    v.picklist(
      ['me', 'trustedContact', 'supportWorker'],
      'Expected "me", "trustedContact" or "supportWorker"',
    ),
  ),
  v.minLength(1, 'Expected at least one audience'),
  v.maxLength(3, 'Expected at most three audiences'),
);

const RepeatsSchema = v.pipe(
  v.number('Expected a whole number'),
  v.integer('Expected a whole number'),
  v.minValue(1, 'Expected at least 1'),
  v.maxValue(MAX_REPEATS, `Expected at most ${MAX_REPEATS}`),
);

/** A choice in a single/multiple choice item, or an entry in a checklist. */
export const OptionSchema = v.strictObject({ id: IdSchema, label: LocalisedTextSchema });

const Options = (min: number) =>
  v.pipe(
    v.array(OptionSchema),
    v.minLength(min, `Expected at least ${min} option${min === 1 ? '' : 's'}`),
    v.maxLength(MAX_LIST_LENGTH, `Expected at most ${MAX_LIST_LENGTH} options`),
  );

/** Fields every item has. Item `audience` and `sensitive` default to the section's. */
const itemBase = {
  id: IdSchema,
  label: LocalisedTextSchema,
  help: v.optional(LocalisedTextSchema),
  facilitatorNote: v.optional(LocalisedTextSchema),
  examples: v.optional(
    v.pipe(
      v.array(LocalisedTextSchema),
      v.maxLength(MAX_LIST_LENGTH, `Expected at most ${MAX_LIST_LENGTH} examples`),
    ),
  ),
  audience: v.optional(AudienceSchema),
  sensitive: v.optional(v.boolean('Expected true or false')),
  showIf: v.optional(ConditionSchema),
};

const ShortText = v.strictObject({ ...itemBase, kind: v.literal('shortText') });
const LongText = v.strictObject({ ...itemBase, kind: v.literal('longText') });
const SingleChoice = v.strictObject({
  ...itemBase,
  kind: v.literal('singleChoice'),
  options: Options(2),
});
const MultipleChoice = v.strictObject({
  ...itemBase,
  kind: v.literal('multipleChoice'),
  options: Options(2),
});
const Checklist = v.strictObject({
  ...itemBase,
  kind: v.literal('checklist'),
  entries: Options(1),
});
const YesNo = v.strictObject({ ...itemBase, kind: v.literal('yesNo') });
const DateItem = v.strictObject({ ...itemBase, kind: v.literal('date') });
const Contact = v.strictObject({
  ...itemBase,
  kind: v.literal('contact'),
  maxRepeats: v.optional(RepeatsSchema),
});
const MemoriseNumber = v.strictObject({ ...itemBase, kind: v.literal('memoriseNumber') });
const Info = v.strictObject({
  ...itemBase,
  kind: v.literal('info'),
  variant: v.picklist(
    ['rights', 'fact', 'phrase', 'note'],
    'Expected "rights", "fact", "phrase" or "note"',
  ),
  body: LocalisedTextSchema,
  walletCard: v.optional(v.boolean('Expected true or false')),
  sources: v.optional(
    v.pipe(
      v.array(IdSchema),
      v.maxLength(MAX_LIST_LENGTH, `Expected at most ${MAX_LIST_LENGTH} sources`),
    ),
  ),
  asOf: v.optional(IsoDateSchema),
});

const leafItems = [
  ShortText,
  LongText,
  SingleChoice,
  MultipleChoice,
  Checklist,
  YesNo,
  DateItem,
  Contact,
  MemoriseNumber,
  Info,
] as const;

/** Every item kind that is not a group. Groups do not nest, so answers stay flat. */
export const LeafItemSchema = v.variant('kind', leafItems);

const Group = v.strictObject({
  ...itemBase,
  kind: v.literal('group'),
  maxRepeats: v.optional(RepeatsSchema),
  items: v.pipe(
    v.array(LeafItemSchema),
    v.minLength(1, 'Expected at least one item in the group'),
    v.maxLength(MAX_LIST_LENGTH, `Expected at most ${MAX_LIST_LENGTH} items in a group`),
  ),
});

/** Any item, including a (possibly repeatable) group of leaf items. */
export const ItemSchema = v.variant('kind', [...leafItems, Group]);

/** Every `kind` an item may have, for error messages and docs. */
export const ITEM_KINDS = [...leafItems, Group].map((schema) => schema.entries.kind.literal);
