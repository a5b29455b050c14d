import { signal } from '@preact/signals';
import { onVaultLocked } from './vault-session';

/** Support-person mode: facilitator notes, principles and the conversation guide show. */
export const supportMode = signal(false);
/** The support worker's language for the side-by-side view, or null for one language. */
export const secondLanguage = signal<string | null>(null);
/** The plan is hidden behind a neutral cover, without locking. */
export const paused = signal(false);

onVaultLocked(() => {
  paused.value = false;
  supportMode.value = false;
  secondLanguage.value = null;
});
