import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { AUTO_LOCK_CHOICES, HIDDEN_LOCK_CHOICES, TEXT_SIZES } from '../../settings/preferences';
import { preferences, savePreferences } from '../session/preferences';

/** Auto-lock times and text size; each change is saved to the vault at once. */
export function LockTimes() {
  const [saved, setSaved] = useState(false);
  const save = async (change: Parameters<typeof savePreferences>[0]) => {
    setSaved(false);
    await savePreferences(change);
    setSaved(true);
  };
  const current = preferences.value;
  return (
    <section class="settings-section" aria-labelledby="lock-times-title">
      <h2 id="lock-times-title">{t('settings.security')}</h2>
      <div class="field">
        <label for="auto-lock">{t('settings.autoLock')}</label>
        <select
          id="auto-lock"
          value={String(current.autoLockMinutes)}
          onChange={(event) => {
            const minutes = Number(event.currentTarget.value) as (typeof AUTO_LOCK_CHOICES)[number];
            void save({ autoLockMinutes: minutes });
          }}
        >
          {AUTO_LOCK_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('settings.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="hidden-lock">{t('settings.hiddenLock')}</label>
        <select
          id="hidden-lock"
          value={String(current.hiddenLockMinutes)}
          onChange={(event) => {
            const minutes = Number(
              event.currentTarget.value,
            ) as (typeof HIDDEN_LOCK_CHOICES)[number];
            void save({ hiddenLockMinutes: minutes });
          }}
        >
          {HIDDEN_LOCK_CHOICES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes === 0
                ? t('settings.hiddenLock.now')
                : t('settings.minutes', { count: minutes })}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="text-size">{t('settings.textSize')}</label>
        <select
          id="text-size"
          value={String(current.textSize)}
          onChange={(event) => {
            const size = Number(event.currentTarget.value) as (typeof TEXT_SIZES)[number];
            void save({ textSize: size });
          }}
        >
          {TEXT_SIZES.map((size) => (
            <option key={size} value={size}>
              {`${Math.round(size * 100)} %`}
            </option>
          ))}
        </select>
      </div>
      <div class="private-toggle">
        <input
          id="support-default"
          type="checkbox"
          checked={current.supportModeDefault}
          onChange={(event) => void save({ supportModeDefault: event.currentTarget.checked })}
        />
        <label for="support-default">{t('support.defaultSetting')}</label>
      </div>
      <p class="hint" aria-live="polite">
        {saved ? t('settings.saved') : ''}
      </p>
    </section>
  );
}
