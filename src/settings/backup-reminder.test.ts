import { describe, expect, it } from 'vitest';
import { backupDue } from './backup-reminder.ts';

const now = new Date('2026-11-29T12:00:00Z');

describe('backup reminders', () => {
  it('never show unless the person turned them on', () => {
    expect(backupDue({ backupReminderDays: 0 }, ['2026-01-01T00:00:00Z'], now)).toBe(false);
  });

  it('show when plans changed since a backup older than the chosen days', () => {
    const prefs = { backupReminderDays: 7 as const, lastBackupAt: '2026-11-01T00:00:00Z' };
    expect(backupDue(prefs, ['2026-11-20T00:00:00Z'], now)).toBe(true);
    expect(backupDue(prefs, ['2026-10-20T00:00:00Z'], now)).toBe(false);
  });

  it('wait the chosen days after the first change when there was never a backup', () => {
    expect(backupDue({ backupReminderDays: 14 }, ['2026-11-25T00:00:00Z'], now)).toBe(false);
    expect(backupDue({ backupReminderDays: 14 }, ['2026-11-01T00:00:00Z'], now)).toBe(true);
  });
});
