import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { isBackupFileName, type BackupReason } from '../shared/backup/backup-format';
import { shelveBackup, type BackupStorage } from '../shared/backup/backup-shelf';
import type { BackupFile, WrittenBackup } from '../shared/ipc/contract';
import { writeFileAtomic } from '../node/atomic-file';

/**
 * The backups folder in the user-data directory. Only names this app writes are ever read, written
 * or deleted, so a request cannot reach another file. Main names each backup from its own clock and
 * decides what to delete (shared/backup/backup-shelf.ts); the window sends only the bytes and the
 * reason. A backup is written whole under a temporary name, readable by its owner only, and linked
 * in place (a full disk leaves the older backups as they were); only then are the oldest removed.
 */
export class BackupFolder {
  private readonly storage: BackupStorage;

  constructor(
    readonly path: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.storage = {
      names: () => readdir(this.path),
      create: async (name, data) => {
        try {
          await writeFileAtomic(join(this.path, name), data, { overwrite: false, mode: 0o600 });
          return true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
          throw error;
        }
      },
      remove: (name) => unlink(join(this.path, name)),
    };
  }

  private fileOf(name: string): string {
    if (!isBackupFileName(name)) throw new Error(`Not a backup file name: ${name}`);
    return join(this.path, name);
  }

  /** The backups, newest first. */
  async list(): Promise<BackupFile[]> {
    let names: string[];
    try {
      names = await readdir(this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const ours = names.filter(isBackupFileName).sort().reverse();
    return Promise.all(ours.map(async (name) => ({ name, bytes: (await stat(join(this.path, name))).size })));
  }

  /** Writes one backup named by main's clock, keeps the newest `keep`, and returns its name and the list as it now is. */
  async write(reason: BackupReason, data: Uint8Array, keep: number): Promise<WrittenBackup> {
    await mkdir(this.path, { recursive: true, mode: 0o700 });
    const name = await shelveBackup(this.storage, reason, data, keep, this.now());
    return { name, files: await this.list() };
  }

  async read(name: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.fileOf(name)));
  }
}
