import { useId } from 'preact/hooks';
import { t, tn } from '../../i18n';
import { BACKUP_REMINDER_DAYS } from '../../settings/preferences';
import { preferences, savePreferences } from '../session/preferences';

/** Backup reminders: off by default, for people who do not want them. */
export function BackupReminderChoice() {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t('reminder.setting')}</label>
      <select
        id={id}
        value={String(preferences.value.backupReminderDays)}
        onChange={(event) => {
          const days = BACKUP_REMINDER_DAYS.find((d) => String(d) === event.currentTarget.value);
          if (days !== undefined) void savePreferences({ backupReminderDays: days });
        }}
      >
        {BACKUP_REMINDER_DAYS.map((days) => (
          <option key={days} value={days}>
            {days === 0 ? t('reminder.never') : tn('reminder.after', days)}
          </option>
        ))}
      </select>
    </div>
  );
}
