import { computed, signal } from '@preact/signals';
import type { Catalog, MessageKey, PluralForms } from './catalog';
import { isLanguageTag, type LanguageTag, preferredLanguage } from './languages';
import { en } from './messages/en';

export type { MessageKey } from './catalog';

/** Keys whose message is one sentence. */
export type TextKey = {
  [K in MessageKey]: Catalog[K] extends string ? K : never;
}[MessageKey];
/** Keys whose message has plural forms (use `tn`). */
export type PluralKey = Exclude<MessageKey, TextKey>;

type Params = Readonly<Record<string, string | number>>;

/**
 * Catalogs other than English load on demand, so the first screen stays small; the
 * service worker precaches them, so switching works offline.
 */
const loaders: Record<Exclude<LanguageTag, 'en'>, () => Promise<Catalog>> = {
  fr: () => import('./messages/fr').then((m) => m.fr),
  'zh-Hans': () => import('./messages/zh-Hans').then((m) => m.zhHans),
  'zh-Hant': () => import('./messages/zh-Hant').then((m) => m.zhHant),
  ko: () => import('./messages/ko').then((m) => m.ko),
  th: () => import('./messages/th').then((m) => m.th),
  vi: () => import('./messages/vi').then((m) => m.vi),
  es: () => import('./messages/es').then((m) => m.es),
  pt: () => import('./messages/pt').then((m) => m.pt),
  tl: () => import('./messages/tl').then((m) => m.tl),
};

const catalogs = signal<Partial<Record<LanguageTag, Catalog>>>({ en });

/** The UI language tag in use. Components that call `t()` re-render when it changes. */
export const uiLanguage = signal<LanguageTag>('en');

const activeCatalog = computed<Catalog>(() => catalogs.value[uiLanguage.value] ?? en);

/**
 * Switch the UI language without a reload: components re-render from signals, so
 * nothing being typed is lost. Resolves once the catalog is loaded and shown.
 */
export async function setUiLanguage(tag: string): Promise<void> {
  if (!isLanguageTag(tag)) return;
  if (tag !== 'en' && !catalogs.value[tag]) {
    const catalog = await loaders[tag]();
    catalogs.value = { ...catalogs.value, [tag]: catalog };
  }
  uiLanguage.value = tag;
  document.documentElement.lang = tag;
}

/** The language to start in: the saved choice, else the browser's preference. */
export function initialLanguage(saved: string | null, browser: readonly string[]): LanguageTag {
  return saved && isLanguageTag(saved) ? saved : preferredLanguage(browser);
}

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * The message for `key` in the current UI language, with `{placeholders}` filled in.
 * Whole sentences only: never build UI text by joining fragments.
 */
export function t(key: TextKey, params?: Params): string {
  return fill(activeCatalog.value[key], params);
}

/** A message with plural forms, chosen for `count` by `Intl.PluralRules`. */
export function tn(key: PluralKey, count: number, params?: Params): string {
  const forms: PluralForms = activeCatalog.value[key];
  const category = new Intl.PluralRules(uiLanguage.value).select(count);
  const text = forms[category] ?? forms.other;
  return fill(text, { count, ...params });
}
