/**
 * Size limits for template files. A shared template is untrusted input: these keep a
 * crafted file from freezing a cheap phone or overflowing the validator's stack.
 * They are generous for real plans (the bundled ones use a fraction of each).
 */

/** Largest template file accepted, in bytes of UTF-8 JSON. */
export const MAX_TEMPLATE_BYTES = 512 * 1024;

/** Most items in one template, counting items inside groups. */
export const MAX_ITEMS = 500;

/** Most sections in one template. */
export const MAX_SECTIONS = 60;

/** Longest single text (in UTF-16 code units) in any language. */
export const MAX_STRING_LENGTH = 4000;

/** Most languages one template may carry. */
export const MAX_LANGUAGES = 30;

/** Most options, checklist entries, examples, sources or authors in one list. */
export const MAX_LIST_LENGTH = 100;

/** How deep groups may nest inside groups (1 = a group holds only plain items). */
export const MAX_GROUP_DEPTH = 2;

/** How deep `all` / `any` / `not` conditions may nest. */
export const MAX_CONDITION_DEPTH = 6;

/** How deep the raw JSON may nest at all, checked before schema validation. */
export const MAX_JSON_DEPTH = 40;

/** Most repeats an author may allow for a repeatable group or contact. */
export const MAX_REPEATS = 50;

/** Longest id (section, item, option, template). */
export const MAX_ID_LENGTH = 64;
