/**
 * Stands in for `src/i18n` (index and format) inside the self-opening page, which has
 * no catalogs: `t()` reads the messages embedded in the page at export time. Only the
 * opener build maps imports to this module (vite.config.ts).
 */
import type { OpenerStrings } from './strings.ts';

let strings: OpenerStrings = {};
let language = 'en';

/** Set once by the page before anything renders. */
export function useOpenerStrings(embedded: OpenerStrings, lang: string): void {
  strings = embedded;
  language = lang;
}

export function t(key: string, params?: Readonly<Record<string, string | number>>): string {
  const text = (strings as Record<string, string | undefined>)[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** A calendar date (YYYY-MM-DD) in the page's language, as the app shows it. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  try {
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return isoDate;
  }
}
