import type { en } from './messages/en';

/** Plural forms of one message; `other` is always required (see Intl.PluralRules). */
export type PluralForms = { other: string } & Partial<
  Record<'zero' | 'one' | 'two' | 'few' | 'many', string>
>;

/** Message keys of the UI. */
export type MessageKey = keyof typeof en;

/**
 * A complete catalog: every key of the English one, a sentence where English has a
 * sentence and plural forms where English has them. A missing key is a type error.
 */
export type Catalog = {
  readonly [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms;
};
