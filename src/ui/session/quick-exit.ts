import { screen } from './screen';

/** Work to finish (e.g. saving what was typed) before quick exit locks; bounded in time. */
type ExitHook = () => Promise<void> | void;

const hooks = new Set<ExitHook>();

/** How long quick exit waits for pending saves before it locks regardless. */
const FLUSH_LIMIT_MS = 800;

/** Register work that must run when the person leaves quickly; returns an unregister. */
export function onQuickExit(hook: ExitHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/**
 * Quick exit: hide everything in the same frame, let pending saves finish (bounded),
 * lock, replace the history entry and show the neutral screen.
 */
export async function quickExit(): Promise<void> {
  const root = document.getElementById('app');
  // Synchronous style change: the next frame painted is already blank.
  root?.setAttribute('data-blank', '');
  const flushes = [...hooks].map((hook) => Promise.resolve().then(hook));
  await Promise.race([
    Promise.allSettled(flushes),
    new Promise((resolve) => setTimeout(resolve, FLUSH_LIMIT_MS)),
  ]);
  screen.value = { name: 'neutral' };
  // One history entry only, and it now holds nothing but the neutral screen.
  history.replaceState(null, '', location.pathname);
  document.title = 'Calculator';
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
