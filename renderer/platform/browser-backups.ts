import { backupsBeyond, isBackupFileName } from '../../shared/backup/backup-format';
import type { BackupFile } from '../../shared/ipc/contract';
import type { BackupShelf } from './platform';

/**
 * Backups in a plain browser: a `backups` folder in the origin's private file system (OPFS), which
 * the browser keeps with the profile. A writable stream writes to a swap file and replaces the
 * file only when closed, so a full disk leaves no half backup.
 */
export function browserBackups(): BackupShelf {
  const folder = () => navigator.storage.getDirectory().then((root) => root.getDirectoryHandle('backups', { create: true }));

  async function list(): Promise<BackupFile[]> {
    const directory = await folder();
    const files: BackupFile[] = [];
    for await (const [name, handle] of directory.entries()) {
      if (handle.kind === 'file' && isBackupFileName(name)) {
        files.push({ name, bytes: (await (handle as FileSystemFileHandle).getFile()).size });
      }
    }
    return files.sort((a, b) => b.name.localeCompare(a.name));
  }

  return {
    list,
    async write(name, data, keep) {
      if (!isBackupFileName(name)) throw new Error(`Not a backup file name: ${name}`);
      const directory = await folder();
      const writable = await (await directory.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(data as Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        await directory.removeEntry(name).catch(() => undefined);
        throw error;
      }
      const names = (await list()).map((file) => file.name);
      await Promise.all(backupsBeyond(names, keep).map((old) => directory.removeEntry(old)));
      return list();
    },
    async read(name) {
      if (!isBackupFileName(name)) throw new Error(`Not a backup file name: ${name}`);
      const file = await (await (await folder()).getFileHandle(name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },
  };
}
