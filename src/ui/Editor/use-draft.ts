import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Plan } from '../../plans/types';
import { StorageFullError } from '../../vault';
import { registerPendingSave } from '../session/pending-saves';
import { storePlan } from '../session/plans';

/** What the person is told about saving. "saved" only after the vault write completed. */
export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'full' | 'failed';

/** Quiet time after the last keystroke before saving. */
const AUTOSAVE_DELAY_MS = 600;

/**
 * The plan being edited, kept in memory and written to the vault a moment after typing
 * stops, on blur, when the page is hidden, and before any lock, quick exit or update.
 * Saves never overlap; a change made during a save is written right after it.
 */
export function useDraft(initial: Plan) {
  const [plan, setPlan] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const latest = useRef(initial);
  const saved = useRef(initial);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const target = latest.current;
    if (target === saved.current) return;
    setStatus('saving');
    running.current = storePlan(target).then(
      () => {
        saved.current = target;
        setStatus(latest.current === target ? 'saved' : 'pending');
      },
      (error: unknown) => {
        // The draft stays in memory; the next change or flush tries again.
        setStatus(error instanceof StorageFullError ? 'full' : 'failed');
        throw error;
      },
    );
    try {
      await running.current;
    } finally {
      running.current = null;
    }
    if (latest.current !== saved.current) await flush();
  }, []);

  const update = useCallback(
    (change: (plan: Plan) => Plan) => {
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      setPlan(next);
      setStatus('pending');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const unregister = registerPendingSave(flush);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void flush().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      unregister();
      document.removeEventListener('visibilitychange', onHidden);
      void flush().catch(() => undefined);
    };
  }, [flush]);

  const flushQuietly = useCallback(() => void flush().catch(() => undefined), [flush]);
  return { plan, status, update, flush: flushQuietly };
}
