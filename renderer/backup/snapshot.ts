import type { Table } from 'dexie';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupRefused,
  type BackupDocument,
  type BackupHeader,
  type BackupReason,
  type BackupRows,
  type BackupTable,
} from '../../shared/backup/backup-format';
import { formatHlc, parseHlc } from '../../shared/sync/hlc';
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
      knowledge: metaOf(meta, 'knowledge')?.versions ?? {},
      ...(firstRun ? { firstRun: { choice: firstRun.choice, at: firstRun.at } } : {}),
      counts,
      tables: rows,
    };
  });
}

/** What restoring a backup would do, for the preview: its header, and per table the count now and in the backup. */
export type RestorePlan = {
  header: BackupHeader;
  rows: Array<{ table: BackupTable; now: number; backup: number }>;
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
    BACKUP_TABLES.map(async (table) => ({
      table,
      now: isSynced(table) ? await tableOf(db, table).where('deleted').equals(0).count() : await tableOf(db, table).count(),
      backup: countRows(table, backup.tables[table]),
    })),
  );
  const { tables: _tables, ...header } = backup;
  return { header, rows, otherInstallation };
}

/**
 * Replaces the data with the backup's in one read-write transaction: every table or none. Kept
 * from now: the installation's id and key, its profile (unless it has none yet), its drafts, and
 * its clock if it is ahead, so changes made after the restore never reuse a clock value that
 * other offices have already seen. What this laptop knows of each office goes back to the
 * backup's, so the next bundles bring again whatever the backup lacks.
 */
export async function restoreSnapshot(db: NearDatabase, backup: BackupDocument): Promise<void> {
  const tables = BACKUP_TABLES.map((name) => tableOf(db, name));
  await db.transaction('rw', [...tables, db.meta], async () => {
    // Checked inside the transaction, against the data it is about to replace.
    await checkInstallation(db, backup);
    for (const name of BACKUP_TABLES) {
      const table = tableOf(db, name);
      await table.clear();
      await table.bulkPut(backup.tables[name]);
    }
    const [clock, installation] = await Promise.all([db.meta.get('clock'), db.meta.get('installation')]);
    const current = clock?.key === 'clock' ? clock.hlc : undefined;
    // Clock strings sort in clock order; the later one continues, as this installation's clock.
    const newest = [current, backup.clock].filter((hlc): hlc is string => Boolean(hlc)).sort().pop();
    if (newest && installation?.key === 'installation') {
      await db.meta.put({ key: 'clock', hlc: formatHlc({ ...parseHlc(newest), node: installation.id }) });
    }
    await db.meta.put({ key: 'knowledge', versions: backup.knowledge });
    if (backup.firstRun) await db.meta.put({ key: 'firstRun', ...backup.firstRun });
    const profile = await db.meta.get('profile');
    if (profile?.key !== 'profile' && backup.profile) await db.meta.put({ key: 'profile', ...backup.profile });
  });
}
