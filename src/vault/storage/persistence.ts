/** What the storage manager told us, for a "your plans are kept on this device" notice. */
export interface PersistenceStatus {
  /** True if the browser promised not to evict our data under storage pressure. */
  persisted: boolean;
  /** Bytes used and available, when the browser says (numbers are approximate by design). */
  usage?: number;
  quota?: number;
}

type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

/**
 * Asks the browser to keep our data under storage pressure (`navigator.storage.persist()`)
 * and reports usage (`estimate()`). Guarded: older browsers and some WebViews lack these,
 * and Firefox may prompt; any failure just reports "not persisted".
 */
export async function requestPersistence(
  storage: StorageManagerLike | undefined = globalThis.navigator?.storage,
): Promise<PersistenceStatus> {
  let persisted = false;
  try {
    persisted = (await storage?.persisted?.()) === true || (await storage?.persist?.()) === true;
  } catch {
    persisted = false;
  }
  try {
    const estimate = await storage?.estimate?.();
    return { persisted, usage: estimate?.usage, quota: estimate?.quota };
  } catch {
    return { persisted };
  }
}
