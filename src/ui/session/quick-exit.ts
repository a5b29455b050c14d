import { t } from '../../i18n';
import { exitScreen } from './preferences';
import { screen } from './screen';
import { lockVault } from './vault-session';

/** How long quick exit waits for pending saves before it locks regardless. */
const FLUSH_LIMIT_MS = 800;

/**
 * Quick exit: hide everything in the same frame, write pending typing (bounded), lock
 * (terminating the crypto worker), replace the history entry and show the neutral screen.
 */
export async function quickExit(): Promise<void> {
  const root = document.getElementById('app');
  // A synchronous attribute change: the next frame painted is already blank.
  root?.setAttribute('data-blank', '');
  document.title = exitScreen.value === 'notes' ? t('neutral.notes') : t('neutral.calculator');
  // The editor stays mounted (and invisible) until its pending save is written.
  await lockVault(FLUSH_LIMIT_MS);
  screen.value = { name: 'neutral' };
  // One history entry only, and it now holds nothing but the neutral screen.
  history.replaceState(null, '', location.pathname);
  root?.removeAttribute('data-blank');
}

/** Shift pressed three times within this window triggers quick exit. */
const SHIFT_WINDOW_MS = 1200;

/** Listen for Shift ×3 anywhere in the page; returns a function that stops listening. */
export function listenForShiftTriple(target: Window = window): () => void {
  let presses: number[] = [];
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
    if (presses.length >= 3) {
      presses = [];
      void quickExit();
    }
  };
  target.addEventListener('keydown', onKey, true);
  return () => target.removeEventListener('keydown', onKey, true);
}
