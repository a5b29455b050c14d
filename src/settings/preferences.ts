import * as v from 'valibot';

/** Minutes of no touch or typing before the vault locks itself. */
export const AUTO_LOCK_CHOICES = [1, 2, 5, 10, 15, 30] as const;
/** Minutes the app may stay in the background before it locks. */
export const HIDDEN_LOCK_CHOICES = [0, 1, 5, 15] as const;
/** Days after which a backup reminder may show; 0 turns reminders off. */
export const BACKUP_REMINDER_DAYS = [0, 7, 14, 30] as const;
/** Neutral screens quick exit can show. */
export const EXIT_SCREENS = ['calculator', 'notes'] as const;
/** Text size multipliers offered in settings. */
export const TEXT_SIZES = [1, 1.15, 1.3, 1.5] as const;

/**
 * The person's preferences. Stored encrypted inside the vault: even how long the app
 * waits before locking says something about its owner.
 */
export const PreferencesSchema = v.object({
  autoLockMinutes: v.optional(v.picklist(AUTO_LOCK_CHOICES), 5),
  hiddenLockMinutes: v.optional(v.picklist(HIDDEN_LOCK_CHOICES), 1),
  textSize: v.optional(v.picklist(TEXT_SIZES), 1),
  /** New plans start in support-person mode (for a worker's own device). */
  supportModeDefault: v.optional(v.boolean(), false),
  /** Remind about a backup after this many days with changes; 0 = never (the default). */
  backupReminderDays: v.optional(v.picklist(BACKUP_REMINDER_DAYS), 0),
  /** When the last backup was made (ISO time), for the reminder. */
  lastBackupAt: v.optional(v.pipe(v.string(), v.isoTimestamp())),
  /** What quick exit shows: a working calculator or a blank notes page. */
  exitScreen: v.optional(v.picklist(EXIT_SCREENS), 'calculator'),
});

/** Validated preferences. */
export type Preferences = v.InferOutput<typeof PreferencesSchema>;

/** Defaults for a new vault. */
export const DEFAULT_PREFERENCES: Preferences = v.parse(PreferencesSchema, {});

/** Read stored preferences; anything unreadable falls back to the defaults, field by field. */
export function readPreferences(stored: unknown): Preferences {
  const result = v.safeParse(PreferencesSchema, stored);
  if (result.success) return result.output;
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFERENCES;
  const fields = Object.entries(stored).filter(
    ([key, value]) => v.safeParse(PreferencesSchema, { [key]: value }).success,
  );
  return v.parse(PreferencesSchema, Object.fromEntries(fields));
}
