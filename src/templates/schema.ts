import * as v from 'valibot';
import { MAX_LANGUAGES, MAX_LIST_LENGTH, MAX_SECTIONS } from './limits.ts';
import { AudienceSchema, ItemSchema } from './schema-items.ts';
import { ConditionSchema } from './schema-show-if.ts';
import {
  HttpsUrlSchema,
  IdSchema,
  IsoDateSchema,
  LanguageTagSchema,
  LocalisedTextSchema,
  NameSchema,
} from './schema-text.ts';

const list = <T extends v.GenericSchema>(item: T, min: number, what: string) =>
  v.pipe(
    v.array(item),
    v.minLength(min, `Expected at least ${min} ${what}`),
    v.maxLength(MAX_LIST_LENGTH, `Expected at most ${MAX_LIST_LENGTH} ${what}`),
  );

/** A published source a fact relies on. Info blocks cite it by `id`. */
export const SourceSchema = v.strictObject({
  id: IdSchema,
  title: NameSchema,
  url: HttpsUrlSchema,
});

/** A person or organisation that wrote the template. */
export const AuthorSchema = v.strictObject({ name: NameSchema, url: v.optional(HttpsUrlSchema) });

/** A section of a template: a heading, optional help, and its items. */
export const SectionSchema = v.strictObject({
  id: IdSchema,
  title: LocalisedTextSchema,
  help: v.optional(LocalisedTextSchema),
  facilitatorNote: v.optional(LocalisedTextSchema),
  audience: AudienceSchema,
  sensitive: v.optional(v.boolean('Expected true or false')),
  showIf: v.optional(ConditionSchema),
  items: v.pipe(
    v.array(ItemSchema),
    v.minLength(1, 'Expected at least one item in the section'),
    v.maxLength(MAX_LIST_LENGTH, `Expected at most ${MAX_LIST_LENGTH} items in a section`),
  ),
});

/**
 * A whole template file, format version 1. Objects are strict so a misspelt key is
 * an error rather than silently ignored; top-level `x-…` keys are removed before this
 * schema runs (see validate.ts).
 */
export const TemplateSchema = v.strictObject({
  $schema: v.optional(v.string('Expected the path or URL of schema.json')),
  formatVersion: v.literal(1, 'Expected formatVersion 1 (the only format this app reads)'),
  id: IdSchema,
  version: v.pipe(
    v.number('Expected a whole number'),
    v.integer('Expected a whole number'),
    v.minValue(1, 'Expected a version of at least 1'),
  ),
  title: LocalisedTextSchema,
  summary: LocalisedTextSchema,
  jurisdiction: v.pipe(
    v.string('Expected a jurisdiction code'),
    v.regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/, 'Expected an ISO 3166 code like "CA" or "CA-ON"'),
  ),
  asOf: IsoDateSchema,
  sources: list(SourceSchema, 0, 'sources'),
  authors: list(AuthorSchema, 1, 'authors'),
  licence: v.pipe(
    v.string('Expected an SPDX licence id'),
    v.regex(/^[A-Za-z0-9][A-Za-z0-9.+-]*$/, 'Expected an SPDX licence id like "CC-BY-SA-4.0"'),
  ),
  languages: v.pipe(
    v.array(LanguageTagSchema),
    v.minLength(1, 'Expected at least one language'),
    v.maxLength(MAX_LANGUAGES, `Expected at most ${MAX_LANGUAGES} languages`),
  ),
  translations: v.record(
    LanguageTagSchema,
    v.strictObject({
      status: v.picklist(['reviewed', 'draft'], 'Expected "reviewed" or "draft"'),
      by: v.optional(NameSchema),
    }),
    'Expected an object of language → { "status": "reviewed" | "draft" }',
  ),
  sections: v.pipe(
    v.array(SectionSchema),
    v.minLength(1, 'Expected at least one section'),
    v.maxLength(MAX_SECTIONS, `Expected at most ${MAX_SECTIONS} sections`),
  ),
});
