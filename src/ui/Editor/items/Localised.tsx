import { uiLanguage } from '../../../i18n';
import { pickLocalised } from '../../../templates/localise';
import type { LocalisedText } from '../../../templates/types';

/** Template text in the plan's language, marked with `lang` when it differs from the UI. */
export function Localised({ text, lang }: { text: LocalisedText; lang: string }) {
  const picked = pickLocalised(text, lang);
  if (picked.lang === uiLanguage.value) return picked.text;
  return <span lang={picked.lang}>{picked.text}</span>;
}
