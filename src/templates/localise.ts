import type { LocalisedText } from './types.ts';

/** A text in the language actually used, so the UI can set `lang` when it fell back. */
export interface PickedText {
  text: string;
  lang: string;
}

/**
 * The text for `lang`, else for a shorter form of the tag (`zh-Hant-TW` → `zh-Hant` →
 * `zh`), else English. Empty strings count as missing, so a draft never shows a blank.
 */
export function pickLocalised(map: LocalisedText, lang: string): PickedText {
  const parts = lang.split('-');
  for (let length = parts.length; length > 0; length -= 1) {
    const candidate = parts.slice(0, length).join('-');
    const text = map[candidate];
    if (text !== undefined && text.trim() !== '') return { text, lang: candidate };
  }
  return { text: map.en ?? '', lang: 'en' };
}

/** The text for `lang` with fallback to English (see {@link pickLocalised}). */
export function pickText(map: LocalisedText, lang: string): string {
  return pickLocalised(map, lang).text;
}
