import {
  backupSettingsSchema,
  DEFAULT_BACKUP_SETTINGS,
  MIN_BACKUPS_KEPT,
  scheduledBackupDue,
  type BackupReason,
  type BackupSettings,
} from '../../shared/backup/backup-format';
import { BackupOutranked } from '../../shared/backup/backup-shelf';
import type { WrittenBackup } from '../../shared/ipc/contract';
import type { NearDatabase } from '../db/database';
import { validate } from '../domain/errors';
import type { BackupShelf } from '../platform/platform';
import type { SyncClient } from '../sync/sync-client';
import type { RestorePlan } from './snapshot';

/** The backup schedule and how many backups to keep. */
export async function loadBackupSettings(db: NearDatabase): Promise<BackupSettings> {
  const row = await db.meta.get('backupSettings');
  // Settings saved before there was a minimum may keep fewer; the folder keeps the minimum anyway.
  return row?.key === 'backupSettings' ? { everyHours: row.everyHours, keep: Math.max(MIN_BACKUPS_KEPT, row.keep) } : DEFAULT_BACKUP_SETTINGS;
}

/** Saves the backup schedule; refuses numbers out of range with a field message. */
export async function saveBackupSettings(db: NearDatabase, input: unknown): Promise<BackupSettings> {
  const settings = validate(backupSettingsSchema, input);
  await db.meta.put({ key: 'backupSettings', ...settings });
  return settings;
}

/** The last backup this installation wrote, if any. */
export async function loadLastBackup(db: NearDatabase): Promise<{ at: string; name: string; clock?: string; sealSeq?: number } | null> {
  const row = await db.meta.get('lastBackup');
  return row?.key === 'lastBackup' ? { at: row.at, name: row.name, clock: row.clock, sealSeq: row.sealSeq } : null;
}

/** Where backups go and who takes the copy: the window's database, the worker and the shell's backups folder. */
export type BackupServices = { db: NearDatabase; client: SyncClient; shelf: BackupShelf };

/**
 * Takes a whole copy of the data (in the worker, so the window does not freeze), hands it to the
 * backups folder, which names it and removes the oldest beyond the number to keep. Throws if the
 * copy could not be written, or would have been deleted at once (`BackupOutranked`, also when main
 * said so); the caller decides what that stops (an import does not go ahead without it).
 */
export async function backUp({ db, client, shelf }: BackupServices, reason: BackupReason): Promise<WrittenBackup> {
  const settings = await loadBackupSettings(db);
  const copy = await client.request({ type: 'backup', reason });
  let written: WrittenBackup;
  try {
    written = await shelf.write(reason, copy.data, settings.keep);
  } catch (error) {
    throw BackupOutranked.from(error) ?? error;
  }
  await db.meta.put({ key: 'lastBackup', at: copy.createdAt, name: written.name, clock: copy.clock, sealSeq: copy.sealSeq });
  return written;
}

/**
 * The scheduled backup: made when the schedule is on, the last one is older than the interval, and
 * something changed since (an unchanged clock and seal mean the last backup already holds everything;
 * an export seals this laptop's changes without moving its clock).
 */
export async function backUpIfDue(services: BackupServices, now: Date = new Date()): Promise<string | null> {
  const [settings, last, clock, seal] = await Promise.all([
    loadBackupSettings(services.db),
    loadLastBackup(services.db),
    services.db.meta.get('clock'),
    services.db.meta.get('seal'),
  ]);
  if (!scheduledBackupDue(settings, last?.at, now)) return null;
  const current = clock?.key === 'clock' ? clock.hlc : undefined;
  const sealed = seal?.key === 'seal' ? seal.seq : 0;
  if (!current || (current === last?.clock && sealed === (last?.sealSeq ?? 0))) return null;
  return (await backUp(services, 'scheduled')).name;
}

/** Reads and checks a backup in the worker and compares it with the data now; nothing changes yet. */
export async function previewRestore({ client, shelf }: BackupServices, name: string): Promise<{ token: string; plan: RestorePlan }> {
  const data = await shelf.read(name);
  return client.request({ type: 'restorePreview', data });
}

/**
 * Restores a previewed backup: first a backup of the data as it is now (so the restore itself can
 * be undone), then every table replaced in one transaction.
 */
export async function restoreBackup(services: BackupServices, token: string): Promise<void> {
  await backUp(services, 'before-restore');
  await services.client.request({ type: 'restore', token });
}
