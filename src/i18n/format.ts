import { uiLanguage } from './index';

/** A date (and time) in the UI language, e.g. "29 Nov 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(uiLanguage.value, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** A calendar date (YYYY-MM-DD) in the UI language, without shifting across time zones. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(uiLanguage.value, { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * A jurisdiction code (`CA`, `CA-ON`) as a place name in the UI language, from
 * `Intl.DisplayNames`. Subdivisions have no Intl name, so their code is kept.
 */
export function formatJurisdiction(code: string): string {
  const [country = '', subdivision] = code.split('-');
  let name = country;
  try {
    name = new Intl.DisplayNames([uiLanguage.value], { type: 'region' }).of(country) ?? country;
  } catch {
    name = country;
  }
  return subdivision ? `${name} (${subdivision})` : name;
}
