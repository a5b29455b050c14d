import { signal } from '@preact/signals';

/**
 * Words the person chose for the lock screen. Like the language, this must be readable
 * before unlocking, so it is kept unencrypted in localStorage; the settings screen says
 * so, and it is empty (a neutral welcome) unless the person writes something.
 */
const KEY = 'lock-title';
const MAX_LENGTH = 60;

function read(): string {
  try {
    return (localStorage.getItem(KEY) ?? '').slice(0, MAX_LENGTH);
  } catch {
    return '';
  }
}

/** The lock screen's heading, or '' for the default neutral welcome. */
export const lockTitle = signal<string>(read());

/** Change the lock screen's heading ('' restores the neutral welcome). */
export function saveLockTitle(title: string): void {
  const clean = title.trim().slice(0, MAX_LENGTH);
  lockTitle.value = clean;
  try {
    if (clean) localStorage.setItem(KEY, clean);
    else localStorage.removeItem(KEY);
  } catch {
    // Without storage the title lasts this visit only.
  }
}
