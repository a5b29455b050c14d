import { effect, signal } from '@preact/signals';
import { DEFAULT_PREFERENCES, type Preferences, readPreferences } from '../../settings/preferences';
import { watchForAutoLock } from './auto-lock';
import { lockVault, onVaultLocked, openVault, vaultStatus } from './vault-session';

const RECORD_ID = 'preferences';
const MINUTE = 60_000;

/** The person's preferences while the vault is open (defaults while locked). */
export const preferences = signal<Preferences>(DEFAULT_PREFERENCES);

/**
 * The neutral screen quick exit shows. Kept in memory across a lock (quick exit locks
 * first, then shows it); after a reload it is the calculator until the next unlock.
 */
export const exitScreen = signal<Preferences['exitScreen']>('calculator');

/** Read preferences from the vault after unlocking. */
export async function loadPreferences(): Promise<void> {
  const record = await openVault().read('settings', RECORD_ID);
  preferences.value = record?.ok ? readPreferences(record.value) : DEFAULT_PREFERENCES;
  exitScreen.value = preferences.value.exitScreen;
}

/** Change preferences; resolves once the vault has written them. */
export async function savePreferences(change: Partial<Preferences>): Promise<void> {
  const next = { ...preferences.value, ...change };
  preferences.value = next;
  exitScreen.value = next.exitScreen;
  await openVault().write('settings', RECORD_ID, next);
}

onVaultLocked(() => {
  preferences.value = DEFAULT_PREFERENCES;
});

// Read the person's preferences each time the vault opens.
effect(() => {
  if (vaultStatus.value === 'unlocked') void loadPreferences().catch(() => undefined);
});

// Text size applies app-wide through one CSS variable.
effect(() => {
  document.documentElement.style.setProperty('--text-scale', String(preferences.value.textSize));
});

// Auto-lock runs only while the vault is open, with the person's chosen times.
effect(() => {
  if (vaultStatus.value !== 'unlocked') return;
  const { autoLockMinutes, hiddenLockMinutes } = preferences.value;
  return watchForAutoLock(
    { idleMs: autoLockMinutes * MINUTE, hiddenMs: hiddenLockMinutes * MINUTE },
    () => void lockVault(),
  );
});
