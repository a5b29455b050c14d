/**
 * English UI messages: the reference catalog. Every other language must provide every
 * key (checked by the type `Catalog`). Placeholders look like `{name}`.
 */
export const en = {
  'app.name': 'Pathway',
  'app.loading': 'Opening…',
  'quickExit.label': 'Quick exit',
  'quickExit.hint': 'Leaves at once and locks. You can also press Shift three times.',
  'lock.title': 'Welcome back',
  'lock.placeholder': 'Your notes are locked.',
  'update.available': 'A new version is ready. Your work is saved first.',
  'update.apply': 'Update now',
  'update.later': 'Later',
  'offline.ready': 'Ready to work offline.',
  'neutral.calculator': 'Calculator',
  'neutral.clear': 'Clear',
  'neutral.equals': 'Equals',
  'neutral.display': 'Result',
} as const;

/** Message keys of the UI. */
export type MessageKey = keyof typeof en;

/** A complete catalog: every key present, any text. */
export type Catalog = { readonly [K in MessageKey]: string };
