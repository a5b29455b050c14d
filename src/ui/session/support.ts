import { signal } from '@preact/signals';
import { onVaultLocked } from './vault-session';

/** Support-person mode: facilitator notes, principles and the conversation guide show. */
export const supportMode = signal(false);
/** The support worker's language for the side-by-side view, or null for one language. */
export const secondLanguage = signal<string | null>(null);
/** The plan is hidden behind a neutral cover, without locking. */
export const paused = signal(false);
/**
 * Set once pending typing is saved after a pause: the plan is then taken out of the
 * page altogether (not just covered), and put back from the vault's copy on Continue.
 */
export const planUnmounted = signal(false);

/** Pause: cover at once, save what was typed, then remove the plan from the page. */
export async function pause(flush: () => Promise<unknown>): Promise<void> {
  paused.value = true;
  await flush();
  if (paused.value) planUnmounted.value = true;
}

/** Continue after a pause. */
export function resume(): void {
  paused.value = false;
  planUnmounted.value = false;
}

onVaultLocked(() => {
  paused.value = false;
  planUnmounted.value = false;
  supportMode.value = false;
  secondLanguage.value = null;
});
