/**
 * Laptops for sync tests over IndexedDB (fake-indexeddb): each with its own database, profile,
 * role and signing key, optionally the 2018 sample, and the app's own sync store over Dexie.
 */
import type { NearDatabase } from '../../../../renderer/db/database';
import { saveProfile } from '../../../../renderer/domain/profile';
import { loadSampleData } from '../../../../renderer/domain/sample';
import { DexieSyncStore } from '../../../../renderer/sync/dexie-store';
import { ensureSigningKey, loadIdentity } from '../../../../renderer/sync/identity';
import { exportBundle } from '../../../../shared/sync/export';
import { utf8 } from '../../../../shared/sync/encoding';
import { applyImport, openContent, openEnvelope } from '../../../../shared/sync/import';
import type { LocalIdentity } from '../../../../shared/sync/store';
import { freshDatabase } from '../fixtures';

export type Office = { db: NearDatabase; store: DexieSyncStore; identity: LocalIdentity };

/** A laptop set up for sync: profile with a role, a signing key, optionally the 2018 sample. */
export async function office(name: string, role: 'secretariat' | 'branch' | 'seconded', sample = false): Promise<Office> {
  const db = await freshDatabase();
  await saveProfile(db, { office: name, person: `${name} staff`, role });
  await ensureSigningKey(db);
  if (sample) await loadSampleData(db);
  const loaded = await loadIdentity(db);
  if (!('identity' in loaded)) throw new Error(`identity missing: ${loaded.missing}`);
  return { db, store: new DexieSyncStore(db), identity: loaded.identity };
}

/** A bundle from one laptop for another, imported there (trusting the sender) from the file's bytes, as the app's worker reads it. */
export async function send(from: Office, to: Office, options: { full?: boolean } = {}) {
  const bundle = await exportBundle(from.store, from.identity, { recipient: to.identity.installationId, full: options.full });
  return applyImport(to.store, await openContent(await openEnvelope(utf8.encode(bundle.text))), to.identity, { trustSender: true });
}

/** Every table, as text: "byte for byte the same" means this string is equal. */
export async function everything(db: NearDatabase): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}
