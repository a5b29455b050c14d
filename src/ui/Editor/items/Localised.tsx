import { uiLanguage } from '../../../i18n';
import { pickLocalised } from '../../../templates/localise';
import type { LocalisedText } from '../../../templates/types';
import { secondLanguage } from '../../session/support';

/** Template text in the plan's language, marked with `lang` when it differs from the UI. */
export function Localised({ text, lang }: { text: LocalisedText; lang: string }) {
  const picked = pickLocalised(text, lang);
  const main =
    picked.lang === uiLanguage.value ? picked.text : <span lang={picked.lang}>{picked.text}</span>;
  // Side by side for a support worker: their language under the person's, marked with lang.
  const second = secondLanguage.value;
  const other = second && second !== picked.lang ? text[second] : undefined;
  if (!other) return main;
  return (
    <>
      {main}
      <span class="second-language" lang={second ?? undefined}>
        {other}
      </span>
    </>
  );
}
