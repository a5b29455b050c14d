/** When the vault locks itself. */
export interface AutoLockTimes {
  /** No touch, click, key or scroll for this long → lock. */
  readonly idleMs: number;
  /** In the background (another app, screen off) for this long → lock. 0 = at once. */
  readonly hiddenMs: number;
}

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

/**
 * Lock after inactivity and after time in the background. Background timers are
 * throttled by browsers, so the hidden time is also checked when the page comes back.
 * Returns a function that stops watching.
 */
export function watchForAutoLock(times: AutoLockTimes, lock: () => void): () => void {
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
  let hiddenSince: number | null = null;

  const restartIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(lock, times.idleMs);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenSince = Date.now();
      if (times.hiddenMs === 0) lock();
      else hiddenTimer = setTimeout(lock, times.hiddenMs);
      return;
    }
    clearTimeout(hiddenTimer);
    if (hiddenSince !== null && Date.now() - hiddenSince >= times.hiddenMs) lock();
    hiddenSince = null;
    restartIdle();
  };

  for (const type of ACTIVITY) window.addEventListener(type, restartIdle, { passive: true });
  document.addEventListener('visibilitychange', onVisibility);
  restartIdle();
  return () => {
    clearTimeout(idleTimer);
    clearTimeout(hiddenTimer);
    for (const type of ACTIVITY) window.removeEventListener(type, restartIdle);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
