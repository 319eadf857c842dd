import type { NearDatabase } from './database';

/** Why the database did not open, in terms a user can act on (each has a translated message). */
export type OpenFailure = {
  reason: 'version' | 'upgrade' | 'backingStore' | 'quota' | 'blocked' | 'unknown';
  /** The engine's own words, shown under "technical details" for IT support. */
  detail: string;
};

export type OpenResult = { ok: true; installationId: string } | { ok: false; failure: OpenFailure };

type ErrorLike = { name?: string; message?: string; inner?: unknown };

/** The error and every error it wraps (Dexie wraps the IndexedDB error in `inner`). */
function chain(error: unknown): ErrorLike[] {
  const errors: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && errors.length < 5) {
    errors.push(current as ErrorLike);
    current = (current as ErrorLike).inner;
  }
  return errors;
}

/** Maps an opening error to what the error screen should say. */
export function classifyOpenError(error: unknown): OpenFailure {
  const errors = chain(error);
  const names = errors.map((e) => e.name ?? '');
  const detail = errors.map((e) => `${e.name ?? 'Error'}: ${e.message ?? String(e)}`).join(' ← ') || String(error);
  const has = (name: string) => names.includes(name);
  if (has('VersionError')) return { reason: 'version', detail };
  if (has('QuotaExceededError')) return { reason: 'quota', detail };
  if (has('UpgradeError') || errors.some((e) => /upgrade/i.test(e.message ?? ''))) {
    return { reason: 'upgrade', detail };
  }
  if (errors.some((e) => /backing store/i.test(e.message ?? '')) || has('UnknownError')) {
    return { reason: 'backingStore', detail };
  }
  if (has('BlockedError') || has('DatabaseClosedError')) return { reason: 'blocked', detail };
  return { reason: 'unknown', detail };
}

/** The Dexie schema version of an existing database (IndexedDB stores it times ten), or null if there is none. */
async function installedSchemaVersion(name: string): Promise<number | null> {
  const databases = await indexedDB.databases();
  const found = databases.find((database) => database.name === name);
  return found?.version ? Math.floor(found.version / 10) : null;
}

/**
 * Opens (and if needed upgrades) the database and makes sure this installation has an id.
 * Never deletes or recreates anything: on failure the data stays as it was and the caller shows
 * the reason. An upgrade runs inside IndexedDB's versionchange transaction, so a failed
 * migration rolls back whole.
 */
export async function openDatabase(db: NearDatabase): Promise<OpenResult> {
  try {
    // Dexie 4 does not refuse a newer database: it upgrades it in place to add what this build
    // declares. An older build must not touch a schema it does not know, so look first.
    const installed = await installedSchemaVersion(db.name);
    if (installed !== null && installed > db.schemaVersion) {
      return {
        ok: false,
        failure: {
          reason: 'version',
          detail: `VersionError: the database has schema version ${installed}; this build knows up to ${db.schemaVersion}`,
        },
      };
    }
    await db.open();
    const installationId = await db.transaction('rw', db.meta, async () => {
      const existing = await db.meta.get('installation');
      if (existing?.key === 'installation') return existing.id;
      const id = crypto.randomUUID();
      await db.meta.put({ key: 'installation', id, createdAt: new Date().toISOString() });
      return id;
    });
    return { ok: true, installationId };
  } catch (error) {
    db.close();
    return { ok: false, failure: classifyOpenError(error) };
  }
}
