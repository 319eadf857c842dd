import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { backupsBeyond, isBackupFileName } from '../shared/backup/backup-format';
import type { BackupFile } from '../shared/ipc/contract';
import { writeFileAtomically } from './bundle-files';

/**
 * The backups folder in the user-data directory. Only names this app writes are ever read, written
 * or deleted, so a request cannot reach another file; each backup is written beside its name and
 * renamed (a full disk leaves the older backups as they were), and only then are the oldest beyond
 * the number to keep removed.
 */
export class BackupFolder {
  constructor(readonly path: string) {}

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

  /** Writes one backup, keeps the newest `keep`, and returns the list as it now is. */
  async write(name: string, data: Uint8Array, keep: number): Promise<BackupFile[]> {
    const file = this.fileOf(name);
    await mkdir(this.path, { recursive: true });
    await writeFileAtomically(file, data);
    const names = (await readdir(this.path)).filter(isBackupFileName);
    await Promise.all(backupsBeyond(names, keep).map((old) => unlink(join(this.path, old))));
    return this.list();
  }

  async read(name: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.fileOf(name)));
  }
}
