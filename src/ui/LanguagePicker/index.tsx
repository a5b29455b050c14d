import { useId } from 'preact/hooks';
import { setUiLanguage, t, uiLanguage } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import { saveLanguageChoice } from '../session/language';
import './style.css';

/** Choose the app's language; each language is named in itself. */
export function LanguagePicker() {
  const id = useId();
  return (
    <div class="language-picker field">
      <label for={id}>{t('language.label')}</label>
      <select
        id={id}
        value={uiLanguage.value}
        onChange={(event) => {
          const tag = event.currentTarget.value;
          void setUiLanguage(tag).then(() => saveLanguageChoice(tag));
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language.tag} value={language.tag} lang={language.tag}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
