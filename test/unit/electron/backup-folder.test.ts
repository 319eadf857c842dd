import { mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BackupFolder } from '../../../electron/backup-folder';
import { backupFileName } from '../../../shared/backup/backup-format';
import { BackupOutranked } from '../../../shared/backup/backup-shelf';

const at = (day: number, year = 2026) => new Date(Date.UTC(year, 10, day, 9));

/** A backups folder in a fresh temporary directory, on a clock the test sets. */
async function folderOnClock(sub = 'backups') {
  const root = await mkdtemp(join(tmpdir(), 'near-backups-'));
  const clock = { now: at(1) };
  return { root, dir: join(root, sub), clock, folder: new BackupFolder(join(root, sub), () => clock.now) };
}

describe('the backups folder', () => {
  it('is created on the first backup, names each from main\'s clock and the reason, lists newest first, and keeps the newest N', async () => {
    const { dir, clock, folder } = await folderOnClock();
    expect(await folder.list()).toEqual([]);
    for (const day of [1, 2, 3]) {
      clock.now = at(day);
      await folder.write('scheduled', new Uint8Array(day * 10), 5);
    }
    expect(await folder.list()).toEqual([3, 2, 1].map((day) => ({ name: backupFileName(at(day), 'scheduled'), bytes: day * 10 })));
    clock.now = at(4);
    const written = await folder.write('manual', new Uint8Array([1, 2, 3]), 3);
    expect(written.name).toBe(backupFileName(at(4), 'manual'));
    expect(written.files.map((file) => file.name)).toEqual([written.name, backupFileName(at(3), 'scheduled'), backupFileName(at(2), 'scheduled')]);
    expect(Array.from(await folder.read(written.name))).toEqual([1, 2, 3]);
    // No temporary file is left behind.
    expect((await readdir(dir)).sort()).toEqual(written.files.map((file) => file.name).sort());
  });

  it('keeps the backup just written when three dated 9999 fill the number to keep, deletes nothing, and fails', async () => {
    const { dir, clock, folder } = await folderOnClock();
    await folder.write('scheduled', new Uint8Array(1), 3);
    const future = [1, 2, 3].map((day) => backupFileName(at(day, 9999), 'manual'));
    for (const name of future) await writeFile(join(dir, name), 'planted');
    clock.now = at(2);

    const failure = await folder.write('before-import', new Uint8Array(1), 3).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupOutranked);
    expect(failure).toMatchObject({ newer: 3, written: backupFileName(at(2), 'before-import') });
    expect((await readdir(dir)).sort()).toEqual([backupFileName(at(1), 'scheduled'), backupFileName(at(2), 'before-import'), ...future].sort());
  });

  it('keeps three whatever the number to keep asked for', async () => {
    const { clock, folder } = await folderOnClock();
    let files: { name: string }[] = [];
    for (const day of [1, 2, 3, 4, 5]) {
      clock.now = at(day);
      files = (await folder.write('scheduled', new Uint8Array(1), 1)).files;
    }
    expect(files.map((file) => file.name)).toEqual([5, 4, 3].map((day) => backupFileName(at(day), 'scheduled')));
  });

  it('two backups in the same millisecond get two names', async () => {
    const { folder } = await folderOnClock();
    const first = await folder.write('manual', new Uint8Array([1]), 20);
    const second = await folder.write('manual', new Uint8Array([2]), 20);
    expect(second.name).not.toBe(first.name);
    expect(Array.from(await folder.read(first.name))).toEqual([1]);
    expect(Array.from(await folder.read(second.name))).toEqual([2]);
  });

  it.skipIf(process.platform === 'win32')('writes backups readable by their owner only, in a folder only the owner can enter', async () => {
    const { dir, folder } = await folderOnClock();
    const { name } = await folder.write('manual', new Uint8Array(1), 20);
    expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o077).toBe(0);
  });

  it('never touches a file it did not write, whatever name it is asked for', async () => {
    const { root, clock } = await folderOnClock();
    const folder = new BackupFolder(root, () => clock.now);
    await writeFile(join(root, 'settings.json'), '{}');
    for (const day of [1, 2, 3, 4]) {
      clock.now = at(day);
      await folder.write('scheduled', new Uint8Array(1), 3);
    }
    expect((await readdir(root)).sort()).toEqual([...[2, 3, 4].map((day) => backupFileName(at(day), 'scheduled')), 'settings.json']);
    await expect(folder.read('../settings.json')).rejects.toThrow(/Not a backup file name/);
    await expect(folder.read('settings.json')).rejects.toThrow(/Not a backup file name/);
  });
});
