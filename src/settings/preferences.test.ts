import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, readPreferences } from './preferences';

describe('stored preferences', () => {
  it('start with a five-minute auto-lock, a one-minute background lock and the calculator', () => {
    expect(DEFAULT_PREFERENCES).toEqual({
      autoLockMinutes: 5,
      hiddenLockMinutes: 1,
      textSize: 1,
      supportModeDefault: false,
      exitScreen: 'calculator',
      backupReminderDays: 0,
    });
  });

  it('keep valid fields and replace only the unreadable ones', () => {
    expect(
      readPreferences({ autoLockMinutes: 15, hiddenLockMinutes: 'soon', exitScreen: 'notes' }),
    ).toEqual({ ...DEFAULT_PREFERENCES, autoLockMinutes: 15, exitScreen: 'notes' });
  });

  it('fall back to the defaults for anything that is not an object', () => {
    for (const junk of [null, 42, 'x', [1, 2]]) {
      expect(readPreferences(junk)).toEqual(DEFAULT_PREFERENCES);
    }
  });
});
