import { NearDatabase } from '../../../renderer/db/database';
import { openDatabase } from '../../../renderer/db/open-database';

let counter = 0;

/** A fresh, opened database with its own name, as a first run on a new laptop. */
export async function freshDatabase(): Promise<NearDatabase> {
  counter += 1;
  const db = new NearDatabase(`near-desk-test-${Date.now()}-${counter}`);
  const result = await openDatabase(db);
  if (!result.ok) throw new Error(result.failure.detail);
  return db;
}

/** Everything in the database, for "nothing changed" comparisons. */
export async function snapshot(db: NearDatabase): Promise<string> {
  const [members, committees, meta] = await Promise.all([db.members.toArray(), db.committees.toArray(), db.meta.toArray()]);
  return JSON.stringify({ members, committees, meta });
}

export const hyogo = {
  names: { en: 'Hyogo Prefecture', ja: '兵庫県', zh: '兵库县', native: '兵庫県' },
  country: 'JP',
  kind: 'member',
  founding: true,
};
