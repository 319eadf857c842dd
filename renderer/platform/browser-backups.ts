import type { BackupStorage } from '../../shared/backup/backup-shelf';
import type { BackupFile } from '../../shared/ipc/contract';
import type { BackupShelf } from './platform';

// The backup format's rules (and its schemas) load with the first backup listed, written or read.
const shelf = () => import('../../shared/backup/backup-shelf');
const format = () => import('../../shared/backup/backup-format');

/**
 * Backups in a plain browser: a `backups` folder in the origin's private file system (OPFS), which
 * the browser keeps with the profile. A writable stream writes to a swap file and replaces the
 * file only when closed, so a full disk leaves no half backup. Names and what to delete follow the
 * same rules as main's folder (shared/backup/backup-shelf.ts).
 */
export function browserBackups(now: () => Date = () => new Date()): BackupShelf {
  const folder = () => navigator.storage.getDirectory().then((root) => root.getDirectoryHandle('backups', { create: true }));

  async function list(): Promise<BackupFile[]> {
    const [directory, { isBackupFileName }] = await Promise.all([folder(), format()]);
    const files: BackupFile[] = [];
    for await (const [name, handle] of directory.entries()) {
      if (handle.kind === 'file' && isBackupFileName(name)) {
        files.push({ name, bytes: (await (handle as FileSystemFileHandle).getFile()).size });
      }
    }
    return files.sort((a, b) => b.name.localeCompare(a.name));
  }

  const storage: BackupStorage = {
    names: async () => (await list()).map((file) => file.name),
    async create(name, data) {
      const directory = await folder();
      if ((await storage.names()).includes(name)) return false;
      const writable = await (await directory.getFileHandle(name, { create: true })).createWritable();
      try {
        await writable.write(data as Uint8Array<ArrayBuffer>);
        await writable.close();
      } catch (error) {
        await writable.abort().catch(() => undefined);
        await directory.removeEntry(name).catch(() => undefined);
        throw error;
      }
      return true;
    },
    remove: async (name) => (await folder()).removeEntry(name),
  };

  return {
    list,
    async write(reason, data, keep) {
      const { shelveBackup } = await shelf();
      const name = await shelveBackup(storage, reason, data, keep, now());
      return { name, files: await list() };
    },
    async read(name) {
      const { isBackupFileName } = await format();
      if (!isBackupFileName(name)) throw new Error(`Not a backup file name: ${name}`);
      const file = await (await (await folder()).getFileHandle(name)).getFile();
      return new Uint8Array(await file.arrayBuffer());
    },
  };
}
