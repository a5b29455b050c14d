import { initialLanguage, setUiLanguage } from '../../i18n';
import { guestSession } from './vault-session';

/**
 * The UI language is the one setting kept in plain text (localStorage), because the
 * lock screen must speak the person's language before anything can be decrypted. It
 * reveals only a language; see docs/SECURITY.md.
 */
const KEY = 'ui-lang';

/** Remember the chosen language for the next lock screen. */
export function saveLanguageChoice(tag: string): void {
  // A guest session writes nothing to the device, not even this.
  if (guestSession.value) return;
  try {
    localStorage.setItem(KEY, tag);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts this visit.
  }
}

/** Start in the saved language, else the browser's preferred one, else English. */
export async function startLanguage(): Promise<void> {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(KEY);
  } catch {
    saved = null;
  }
  await setUiLanguage(initialLanguage(saved, navigator.languages ?? []));
}
