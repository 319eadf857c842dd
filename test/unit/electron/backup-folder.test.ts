import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupFolder } from '../../../electron/backup-folder';
import { backupFileName } from '../../../shared/backup/backup-format';

const nameAt = (day: number) => backupFileName(new Date(Date.UTC(2026, 10, day, 9)), 'scheduled');

describe('the backups folder', () => {
  it('is created on the first backup, lists newest first, and keeps only the newest N', async () => {
    const root = await mkdtemp(join(tmpdir(), 'near-backups-'));
    const folder = new BackupFolder(join(root, 'backups'));
    expect(await folder.list()).toEqual([]);
    for (const day of [1, 2, 3]) await folder.write(nameAt(day), new Uint8Array(day * 10), 5);
    expect(await folder.list()).toEqual([
      { name: nameAt(3), bytes: 30 },
      { name: nameAt(2), bytes: 20 },
      { name: nameAt(1), bytes: 10 },
    ]);
    const after = await folder.write(nameAt(4), new Uint8Array([1, 2, 3]), 2);
    expect(after.map((file) => file.name)).toEqual([nameAt(4), nameAt(3)]);
    expect(Array.from(await folder.read(nameAt(4)))).toEqual([1, 2, 3]);
    // No partial file is left behind.
    expect((await readdir(join(root, 'backups'))).sort()).toEqual([nameAt(3), nameAt(4)]);
  });

  it('never touches a file it did not write, whatever name it is asked for', async () => {
    const root = await mkdtemp(join(tmpdir(), 'near-backups-'));
    const folder = new BackupFolder(root);
    await writeFile(join(root, 'settings.json'), '{}');
    await folder.write(nameAt(1), new Uint8Array(1), 1);
    await folder.write(nameAt(2), new Uint8Array(1), 1);
    expect((await readdir(root)).sort()).toEqual([nameAt(2), 'settings.json']);
    await expect(folder.read('../settings.json')).rejects.toThrow(/Not a backup file name/);
    await expect(folder.write('settings.json', new Uint8Array(1), 1)).rejects.toThrow(/Not a backup file name/);
  });
});
