import { StorageFullError } from '../errors.ts';

/**
 * Maps a failed IndexedDB write to a vault error. Browsers report a full disk as a
 * DOMException named QuotaExceededError, either thrown by the request or as the
 * transaction's error at commit time; Safari has also used code 22 without the name.
 */
export function toStorageError(error: unknown): unknown {
  if (
    error instanceof Error ||
    (typeof DOMException !== 'undefined' && error instanceof DOMException)
  ) {
    const { name } = error;
    const code = (error as { code?: unknown }).code;
    if (name === 'QuotaExceededError' || code === 22) return new StorageFullError();
  }
  return error;
}
