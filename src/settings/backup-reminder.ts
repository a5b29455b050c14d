import type { Preferences } from './preferences.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Whether to suggest a backup: only if the person turned reminders on, some plan changed
 * since the last backup, and that backup (or the first change, if none) is older than
 * the chosen number of days. Pure, so the rule is tested without a clock.
 */
export function backupDue(
  preferences: Pick<Preferences, 'backupReminderDays' | 'lastBackupAt'>,
  planUpdates: readonly string[],
  now: Date,
): boolean {
  const days = preferences.backupReminderDays;
  if (days === 0 || planUpdates.length === 0) return false;
  const last = preferences.lastBackupAt ? Date.parse(preferences.lastBackupAt) : 0;
  const changes = planUpdates.map((iso) => Date.parse(iso)).filter((t) => t > last);
  if (changes.length === 0) return false;
  const since = last || Math.min(...changes);
  return now.getTime() - since >= days * DAY;
}
