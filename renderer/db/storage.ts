/**
 * The browser engine may clear a site's IndexedDB when the disk runs low unless the site's storage
 * is persistent. NEAR Desk asks for that once the database is open, and shows what it got and how
 * much room is left (DESIGN: nothing the user entered may be lost behind their back).
 */

export type StorageState = {
  /** Whether the engine promised not to clear this app's data; null where it cannot say. */
  persisted: boolean | null;
  /** Bytes used and bytes the engine allows this app, where it tells. */
  usage?: number;
  quota?: number;
};

/** Asks for persistent storage unless it is granted already; true when it is. */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean | null> {
  if (!storage?.persist) return null;
  if (await storage.persisted()) return true;
  return storage.persist();
}

/** What the engine says about this app's storage now. */
export async function storageState(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageState> {
  if (!storage) return { persisted: null };
  const [persisted, estimate] = await Promise.all([storage.persisted?.() ?? null, storage.estimate?.() ?? {}]);
  return { persisted, usage: estimate.usage, quota: estimate.quota };
}
