/**
 * Saves that have been typed but not yet written. Lock, auto-lock, quick exit and app
 * updates flush these first, so nothing a person typed is lost when the vault closes.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Register a flush for unsaved work (an open editor); returns an unregister. */
export function registerPendingSave(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

/**
 * Write everything pending, waiting at most `limitMs`. Resolves `true` when every
 * flush finished in time and succeeded.
 */
export async function flushPendingSaves(limitMs = 2000): Promise<boolean> {
  const all = Promise.allSettled([...flushes].map((flush) => flush())).then((results) =>
    results.every((result) => result.status === 'fulfilled'),
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), limitMs));
  return Promise.race([all, timeout]);
}
