import type * as v from 'valibot';
import type { SectionSchema, SourceSchema, TemplateSchema } from './schema.ts';
import type { ItemSchema, LeafItemSchema, OptionSchema } from './schema-items.ts';
import type { LocalisedTextSchema } from './schema-text.ts';

export type { Condition } from './schema-show-if.ts';

/** A validated template. */
export type Template = v.InferOutput<typeof TemplateSchema>;
/** A section of a template. */
export type Section = v.InferOutput<typeof SectionSchema>;
/** Any item, groups included. */
export type Item = v.InferOutput<typeof ItemSchema>;
/** An item that is not a group (the only kind a group may hold). */
export type LeafItem = v.InferOutput<typeof LeafItemSchema>;
/** The `kind` of an item. */
export type ItemKind = Item['kind'];
/** A choice option or checklist entry. */
export type Option = v.InferOutput<typeof OptionSchema>;
/** A cited source. */
export type Source = v.InferOutput<typeof SourceSchema>;
/** Language tag → text, `en` always present. */
export type LocalisedText = v.InferOutput<typeof LocalisedTextSchema>;
/** Who a section or item is for. */
export type Audience = NonNullable<Section['audience']>[number];
/** Per-language translation status. */
export type TranslationStatus = Template['translations'][string]['status'];
