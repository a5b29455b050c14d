import * as v from 'valibot';
import { IdSchema } from './schema-text.ts';

/**
 * When a section or item is shown. A small closed grammar so authors cannot write
 * code, and the app can check every condition before it is ever evaluated.
 */
export type Condition =
  | { item: string; equals: string }
  | { item: string; includes: string }
  | { item: string; answered: boolean }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const ConditionList = v.pipe(
  v.array(v.lazy(() => ConditionSchema)),
  v.minLength(1, 'Expected at least one condition'),
);

const Equals = v.strictObject({ item: IdSchema, equals: v.string('Expected an option id') });
const Includes = v.strictObject({ item: IdSchema, includes: v.string('Expected an option id') });
const Answered = v.strictObject({ item: IdSchema, answered: v.boolean('Expected true or false') });
const All = v.strictObject({ all: ConditionList });
const Any = v.strictObject({ any: ConditionList });
const Not = v.strictObject({ not: v.lazy(() => ConditionSchema) });
const Unknown = v.custom<never>(
  () => false,
  'Expected a condition: { "item", "equals" }, { "item", "includes" }, { "item", "answered" }, { "all": […] }, { "any": […] } or { "not": … }',
);

/**
 * The condition schema. It picks the branch by the operator key present, so an
 * author sees the error for the shape they meant rather than a vague union error.
 */
export const ConditionSchema: v.GenericSchema<Condition> = v.lazy((input) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return Unknown;
  if ('all' in input) return All;
  if ('any' in input) return Any;
  if ('not' in input) return Not;
  if ('equals' in input) return Equals;
  if ('includes' in input) return Includes;
  if ('answered' in input) return Answered;
  return Unknown;
});
