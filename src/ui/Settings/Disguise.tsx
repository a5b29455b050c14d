import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { EXIT_SCREENS } from '../../settings/preferences';
import { lockTitle, saveLockTitle } from '../session/lock-title';
import { preferences, savePreferences } from '../session/preferences';

/** What others see: the screen after quick exit, and the words on the lock screen. */
export function Disguise() {
  const exitId = useId();
  const titleId = useId();
  const [title, setTitle] = useState(lockTitle.value);
  const labels = { calculator: t('settings.exitCalculator'), notes: t('settings.exitNotes') };
  return (
    <section class="settings-section" aria-labelledby={`${exitId}-h`}>
      <h2 id={`${exitId}-h`}>{t('settings.disguise')}</h2>
      <div class="field">
        <label for={exitId}>{t('settings.exitScreen')}</label>
        <select
          id={exitId}
          value={preferences.value.exitScreen}
          onChange={(event) => {
            const choice = EXIT_SCREENS.find((s) => s === event.currentTarget.value);
            if (choice) void savePreferences({ exitScreen: choice });
          }}
        >
          {EXIT_SCREENS.map((choice) => (
            <option key={choice} value={choice}>
              {labels[choice]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={titleId}>{t('settings.lockTitle')}</label>
        <input
          id={titleId}
          value={title}
          maxLength={60}
          autoComplete="off"
          aria-describedby={`${titleId}-hint`}
          onInput={(event) => setTitle(event.currentTarget.value)}
          onBlur={() => saveLockTitle(title)}
        />
        <p id={`${titleId}-hint`} class="hint">
          {t('settings.lockTitleHint')}
        </p>
      </div>
    </section>
  );
}
