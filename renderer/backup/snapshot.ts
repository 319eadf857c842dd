import type { Table } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupRefused,
  PREVIEW_TABLES,
  type PreviewTable,
  type BackupDocument,
  type BackupHeader,
  type BackupReason,
  type BackupRows,
  type BackupTable,
} from '../../shared/backup/backup-format';
import { formatHlc, nodeOf, parseHlc } from '../../shared/sync/hlc';
import type { SyncRecord } from '../../shared/sync/merge';
import { isKnowledge } from '../../shared/sync/knowledge';
import { repairOwnClock, repairRecordClocks } from '../../shared/sync/repair';
import { SYNC_COLLECTIONS } from '../../shared/sync/collections';
import { APP_VERSION } from '../../shared/version';
import type { MetaRow, NearDatabase } from '../db/database';

type Row = Record<string, unknown>;

function tableOf(db: NearDatabase, name: BackupTable): Table<Row, string> {
  return db[name] as unknown as Table<Row, string>;
}

const isSynced = (name: BackupTable) => (SYNC_COLLECTIONS as readonly string[]).includes(name);

/** Live records of a synced collection, all rows of a local table: what the restore preview compares. */
function countRows(name: BackupTable, rows: readonly Row[]): number {
  return isSynced(name) ? rows.filter((row) => row.deleted === 0).length : rows.length;
}

function metaOf<K extends MetaRow['key']>(rows: readonly MetaRow[], key: K): Extract<MetaRow, { key: K }> | undefined {
  return rows.find((row): row is Extract<MetaRow, { key: K }> => row.key === key);
}

/**
 * Reads the whole installation in one read transaction, so the copy is one consistent moment even
 * while an import runs in the worker. Drafts and the signing key stay out: a draft is unsaved work
 * of this window, and the key's private half cannot be read by anyone.
 */
export async function takeSnapshot(db: NearDatabase, reason: BackupReason, now: Date = new Date()): Promise<BackupDocument> {
  const tables = BACKUP_TABLES.map((name) => tableOf(db, name));
  return db.transaction('r', [...tables, db.meta], async () => {
    const rows = {} as BackupRows;
    const counts: Record<string, number> = {};
    for (const name of BACKUP_TABLES) {
      rows[name] = await tableOf(db, name).toArray();
      counts[name] = countRows(name, rows[name]);
    }
    const meta = await db.meta.toArray();
    const installation = metaOf(meta, 'installation');
    if (!installation) throw new Error('The installation has no id yet');
    const profile = metaOf(meta, 'profile');
    const firstRun = metaOf(meta, 'firstRun');
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      appVersion: APP_VERSION,
      schemaVersion: db.schemaVersion,
      createdAt: now.toISOString(),
      reason,
      installationId: installation.id,
      ...(profile ? { profile: { office: profile.office, person: profile.person, ...(profile.role ? { role: profile.role } : {}) } } : {}),
      clock: metaOf(meta, 'clock')?.hlc,
      seal: { seq: metaOf(meta, 'seal')?.seq ?? 0, clock: metaOf(meta, 'seal')?.clock ?? '' },
      ...(firstRun ? { firstRun: { choice: firstRun.choice, at: firstRun.at } } : {}),
      counts,
      tables: rows,
    };
  });
}

/** What restoring a backup would do, for the preview: its header, and per table the count now and in the backup. */
export type RestorePlan = {
  header: BackupHeader;
  rows: Array<{ table: PreviewTable; now: number; backup: number }>;
  /** The backup was made by another installation (allowed only into an empty registry). */
  otherInstallation: boolean;
};

/** Compares a checked backup with the data now, and refuses another laptop's backup over data of this one. */
/**
 * Whether the backup was made by another installation; refuses it when this one holds data of its
 * own (only an empty registry, a rebuilt laptop, may take another laptop's backup).
 */
async function checkInstallation(db: NearDatabase, backup: BackupDocument): Promise<boolean> {
  const installation = await db.meta.get('installation');
  const otherInstallation = installation?.key === 'installation' && installation.id !== backup.installationId;
  if (otherInstallation) {
    const hasData = await Promise.all(SYNC_COLLECTIONS.map((name) => tableOf(db, name).count()));
    if (hasData.some((count) => count > 0)) {
      throw new BackupRefused('otherInstallation', { office: backup.profile?.office ?? backup.installationId });
    }
  }
  return otherInstallation;
}

/** Compares a checked backup with the data now, and refuses another laptop's backup over data of this one. */
export async function planRestore(db: NearDatabase, backup: BackupDocument): Promise<RestorePlan> {
  const otherInstallation = await checkInstallation(db, backup);
  const rows = await Promise.all(
    PREVIEW_TABLES.map(async (table) => ({
      table,
      now: isSynced(table) ? await tableOf(db, table).where('deleted').equals(0).count() : await tableOf(db, table).count(),
      backup: countRows(table, backup.tables[table]),
    })),
  );
  const { tables: _tables, ...header } = backup;
  return { header, rows, otherInstallation };
}

/**
 * The seal after a restore: segment numbers never go back (or this installation would number two
 * different segments alike), but what counts as sealed is what the backup had sealed: its own
 * changes made after that are sealed again (with new numbers), since the segments that carried
 * them are not in the backup, and may never have reached anyone.
 */
function restoredSeal(current: { seq: number; clock: string }, backup: { seq: number; clock: string } | undefined) {
  return { seq: Math.max(current.seq, backup?.seq ?? 0), clock: backup?.clock ?? '' };
}

/**
 * Changes the lost laptop made after its last seal, on a rebuilt laptop (another installation):
 * the old key is gone, so they are taken over by this installation, which seals them as its own.
 */
function adoptUnsealed(record: SyncRecord, from: string, to: string, sealedUpTo: string): void {
  for (const [field, clock] of Object.entries(record.fieldClocks)) {
    if (nodeOf(clock) === from && clock > sealedUpTo) record.fieldClocks[field] = formatHlc({ ...parseHlc(clock), node: to });
  }
  const own = record.versions[from];
  if (own && own > sealedUpTo) record.versions = { ...record.versions, [to]: formatHlc({ ...parseHlc(own), node: to }) };
  let latest = '';
  for (const clock of Object.values(record.fieldClocks)) if (clock > latest) latest = clock;
  if (latest > record.hlc) record.hlc = latest;
}

/**
 * Replaces the data with the backup's in one read-write transaction: every table or none. Kept
 * from now: the installation's id and key, its profile (unless it has none yet), its drafts, and
 * its clock and seal if they are ahead, so changes made after the restore never reuse a clock
 * value or a segment number that other offices have already seen. What this laptop holds of each
 * office goes back to the backup's segments, so the next bundles bring again whatever it lacks.
 * Clocks an older version let run into the future are brought back to now (`repair.ts`).
 */
export async function restoreSnapshot(db: NearDatabase, backup: BackupDocument, now: Date = new Date()): Promise<void> {
  const tables = BACKUP_TABLES.map((name) => tableOf(db, name));
  await db.transaction('rw', [...tables, db.meta], async () => {
    // Checked inside the transaction, against the data it is about to replace.
    const otherInstallation = await checkInstallation(db, backup);
    const [clock, installation, seal] = await Promise.all([db.meta.get('clock'), db.meta.get('installation'), db.meta.get('seal')]);
    if (installation?.key !== 'installation') throw new Error('The installation has no id yet');
    for (const name of BACKUP_TABLES) {
      const table = tableOf(db, name);
      await table.clear();
      const rows = backup.tables[name];
      if (isSynced(name)) {
        for (const row of rows as SyncRecord[]) {
          repairRecordClocks(row, now.getTime());
          if (otherInstallation) adoptUnsealed(row, backup.installationId, installation.id, backup.seal?.clock ?? '');
        }
      }
      // What each office said it held, in the terms of a format 1 backup, means nothing now: its next bundle says again.
      if (name === 'peers') for (const peer of rows) if (!isKnowledge(peer.knowledge)) peer.knowledge = {};
      await table.bulkPut(rows);
    }
    // The visits' local stamps are the backup's now: the dashboard's tally counts them all again.
    await db.meta.delete('visitTally');
    const current = clock?.key === 'clock' ? clock.hlc : undefined;
    // Clock strings sort in clock order; the later one continues, as this installation's clock.
    const newest = [current, repairOwnClock(backup.clock, installation.id, now.getTime())].filter((hlc): hlc is string => Boolean(hlc)).sort().pop();
    if (newest) await db.meta.put({ key: 'clock', hlc: formatHlc({ ...parseHlc(newest), node: installation.id }) });
    const ownSeal = seal?.key === 'seal' ? { seq: seal.seq, clock: seal.clock } : { seq: 0, clock: '' };
    await db.meta.put({ key: 'seal', ...(otherInstallation ? ownSeal : restoredSeal(ownSeal, backup.seal)) });
    if (backup.firstRun) await db.meta.put({ key: 'firstRun', ...backup.firstRun });
    const profile = await db.meta.get('profile');
    if (profile?.key !== 'profile' && backup.profile) await db.meta.put({ key: 'profile', ...backup.profile });
  });
}
