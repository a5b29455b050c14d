import { computed, signal } from '@preact/signals';
import { type Catalog, en, type MessageKey } from './messages/en';

export type { MessageKey } from './messages/en';

const catalogs: Record<string, Catalog> = { en };

/** The UI language tag in use. Components that call `t()` re-render when it changes. */
export const uiLanguage = signal<string>('en');

const activeCatalog = computed<Catalog>(() => catalogs[uiLanguage.value] ?? en);

/**
 * The message for `key` in the current UI language, with `{placeholders}` filled in.
 * Whole sentences only: never build UI text by joining fragments.
 */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  const text = activeCatalog.value[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
