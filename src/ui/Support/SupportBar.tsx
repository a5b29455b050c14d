import { useId } from 'preact/hooks';
import { t } from '../../i18n';
import { LANGUAGES } from '../../i18n/languages';
import type { Template } from '../../templates/types';
import { flushPendingSaves } from '../session/pending-saves';
import { pause, secondLanguage, supportMode } from '../session/support';
import { ConversationGuide } from './ConversationGuide';
import { PrinciplesButton } from './PrinciplesDialog';

/** The support-person switch and, when on, its tools: principles, guide, languages, pause. */
export function SupportBar({
  template,
  planLanguage,
}: {
  template: Template;
  planLanguage: string;
}) {
  const switchId = useId();
  const languageId = useId();
  const on = supportMode.value;
  const others = LANGUAGES.filter(
    (l) => l.tag !== planLanguage && template.languages.includes(l.tag),
  );
  return (
    <div class="support-bar">
      <div class="support-bar__switch">
        <input
          id={switchId}
          type="checkbox"
          checked={on}
          onChange={(event) => (supportMode.value = event.currentTarget.checked)}
        />
        <label for={switchId}>{t('support.mode')}</label>
      </div>
      {on && (
        <>
          <div class="support-bar__tools">
            <PrinciplesButton />
            <button
              type="button"
              class="button"
              onClick={() => void pause(() => flushPendingSaves())}
            >
              {t('support.pause')}
            </button>
          </div>
          <div class="field">
            <label for={languageId}>{t('support.secondLanguage')}</label>
            <select
              id={languageId}
              value={secondLanguage.value ?? ''}
              onChange={(event) => (secondLanguage.value = event.currentTarget.value || null)}
            >
              <option value="">{t('support.noSecondLanguage')}</option>
              {others.map((language) => (
                <option key={language.tag} value={language.tag} lang={language.tag}>
                  {language.name}
                </option>
              ))}
            </select>
          </div>
          <ConversationGuide />
        </>
      )}
    </div>
  );
}
