import { backupFileName, isBackupFileName, MIN_BACKUPS_KEPT, type BackupReason } from './backup-format';

/**
 * How a backup is put on the shelf, wherever the shelf is (main's backups folder, the browser's
 * private file system, a test's map): the shelf, never the window, names the file from its own
 * clock and decides what to delete. Deleting keeps the newest `keep` (at least MIN_BACKUPS_KEPT)
 * by the time in their names, and never the file just written: if files dated later than it fill
 * the number to keep (names from a clock that was set ahead, or planted), nothing is deleted and
 * the write fails with `BackupOutranked`, so whoever asked for the backup hears that it went wrong.
 */

/** The few things a shelf needs of its storage. */
export type BackupStorage = {
  /** The names of the files there, backups or not. */
  names(): Promise<string[]>;
  /** Writes a new file whole or not at all; false, with nothing written, when the name is taken. */
  create(name: string, data: Uint8Array): Promise<boolean>;
  remove(name: string): Promise<void>;
};

const OUTRANKED = 'BackupOutranked';

/** The backup just written would be deleted at once: `newer` backups are dated after it. It was kept, and nothing was deleted. */
export class BackupOutranked extends Error {
  constructor(
    readonly written: string,
    readonly newer: number,
  ) {
    super(`${newer} newer backups, so ${written} would be deleted at once; it was kept and no backup was deleted`);
    this.name = OUTRANKED;
  }

  /** The error again after it crossed from main to the window, where only its text survives; null for any other error. */
  static from(error: unknown): BackupOutranked | null {
    if (error instanceof BackupOutranked) return error;
    const match = new RegExp(`${OUTRANKED}: (\\d+) newer backups, so (\\S+) would`).exec(error instanceof Error ? error.message : String(error));
    return match ? new BackupOutranked(match[2], Number(match[1])) : null;
  }
}

/**
 * The backups to delete so that the newest `keep` (at least MIN_BACKUPS_KEPT) remain. Throws
 * `BackupOutranked` rather than name `written` among them.
 */
export function backupsToRemove(names: readonly string[], written: string, keep: number): string[] {
  const newestFirst = names.filter(isBackupFileName).sort().reverse();
  const kept = newestFirst.slice(0, Math.max(MIN_BACKUPS_KEPT, Math.floor(keep)));
  if (!kept.includes(written)) throw new BackupOutranked(written, newestFirst.indexOf(written));
  return newestFirst.filter((name) => !kept.includes(name));
}

/** Two backups in one millisecond take the next free one; past this many tries something else is wrong. */
const MAX_NAME_TRIES = 1000;

/** Writes a backup under a name from `now` and the reason, deletes the oldest beyond `keep`, and returns the name. */
export async function shelveBackup(storage: BackupStorage, reason: BackupReason, data: Uint8Array, keep: number, now: Date): Promise<string> {
  for (let step = 0; step < MAX_NAME_TRIES; step += 1) {
    const name = backupFileName(new Date(now.getTime() + step), reason);
    if (!(await storage.create(name, data))) continue;
    const old = backupsToRemove(await storage.names(), name, keep);
    await Promise.all(old.map((file) => storage.remove(file)));
    return name;
  }
  throw new Error(`No free backup name after ${backupFileName(now, reason)}`);
}
