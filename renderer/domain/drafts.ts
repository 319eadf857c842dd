import type { NearDatabase } from '../db/database';

/** Keeps a half-filled form in IndexedDB, so a closed lid, a crash or a reload loses nothing. */
export async function saveDraft(db: NearDatabase, key: string, values: unknown): Promise<void> {
  await db.drafts.put({ key, values, savedAt: new Date().toISOString() });
}

/** The draft of a form, if one was left. */
export async function loadDraft<T>(db: NearDatabase, key: string): Promise<{ values: T; savedAt: string } | null> {
  const row = await db.drafts.get(key);
  return row ? { values: row.values as T, savedAt: row.savedAt } : null;
}

/** Throws a draft away (the user discarded it). Saving a record removes its draft in the same transaction. */
export async function discardDraft(db: NearDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}
