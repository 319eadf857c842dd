import { describe, expect, it } from 'vitest';
import { backupFileName, MIN_BACKUPS_KEPT } from '../../../../shared/backup/backup-format';
import { BackupOutranked, backupsToRemove, shelveBackup, type BackupStorage } from '../../../../shared/backup/backup-shelf';

const day = (n: number) => backupFileName(new Date(Date.UTC(2026, 10, n, 9)), 'scheduled');

/** A shelf's storage in memory. */
function memory(names: string[] = []): BackupStorage & { files: Set<string> } {
  const files = new Set(names);
  return {
    files,
    names: async () => [...files],
    create: async (name) => !files.has(name) && Boolean(files.add(name)),
    remove: async (name) => void files.delete(name),
  };
}

describe('which backups go', () => {
  it('the oldest beyond the number to keep, by the time in their names; other files are not backups', () => {
    const names = [day(2), day(5), day(1), day(4), day(3), 'notes.txt'];
    expect(backupsToRemove(names, day(5), 3).sort()).toEqual([day(1), day(2)]);
    expect(backupsToRemove(names, day(5), 20)).toEqual([]);
  });

  it(`never fewer than ${MIN_BACKUPS_KEPT} stay, whatever number is asked for`, () => {
    const names = [1, 2, 3, 4, 5].map(day);
    expect(backupsToRemove(names, day(5), 1).sort()).toEqual([day(1), day(2)]);
    expect(backupsToRemove(names, day(5), 0)).toHaveLength(2);
  });

  it('never the one just written: when newer ones fill the number to keep, it fails and names how many are newer', () => {
    const future = [1, 2, 3].map((n) => backupFileName(new Date(Date.UTC(9999, 11, n)), 'manual'));
    const names = [...future, day(1), day(2)];
    expect(() => backupsToRemove(names, day(2), 3)).toThrow(BackupOutranked);
    try {
      backupsToRemove(names, day(2), 3);
    } catch (error) {
      expect(error).toMatchObject({ newer: 3, written: day(2) });
    }
    // With room for it among the newest, it stays and the oldest goes.
    expect(backupsToRemove(names, day(2), 4)).toEqual([day(1)]);
  });
});

describe('putting a backup on the shelf', () => {
  it('names it from the shelf\'s clock and the reason, and deletes the oldest beyond the number to keep', async () => {
    const storage = memory([1, 2, 3].map(day));
    const name = await shelveBackup(storage, 'before-import', new Uint8Array(1), 3, new Date(Date.UTC(2026, 10, 4, 9)));
    expect(name).toBe(backupFileName(new Date(Date.UTC(2026, 10, 4, 9)), 'before-import'));
    expect([...storage.files].sort()).toEqual([day(2), day(3), name]);
  });

  it('takes the next millisecond when two backups come in the same one', async () => {
    const storage = memory();
    const now = new Date(Date.UTC(2026, 10, 4, 9));
    const first = await shelveBackup(storage, 'manual', new Uint8Array(1), 20, now);
    const second = await shelveBackup(storage, 'manual', new Uint8Array(1), 20, now);
    expect(second).toBe(backupFileName(new Date(now.getTime() + 1), 'manual'));
    expect(storage.files).toEqual(new Set([first, second]));
  });

  it('keeps the new backup and deletes nothing when three dated 9999 would push it out at once', async () => {
    const future = [1, 2, 3].map((n) => backupFileName(new Date(Date.UTC(9999, 11, n)), 'manual'));
    const storage = memory([...future, day(1)]);
    await expect(shelveBackup(storage, 'before-import', new Uint8Array(1), 3, new Date(Date.UTC(2026, 10, 4)))).rejects.toBeInstanceOf(BackupOutranked);
    expect(storage.files).toEqual(new Set([...future, day(1), backupFileName(new Date(Date.UTC(2026, 10, 4)), 'before-import')]));
  });

  it('recognises its failure from the text alone, as it arrives from main, and nothing else', () => {
    const original = new BackupOutranked(day(2), 3);
    const crossed = new Error(`Error invoking remote method 'backups:write': ${String(original)}`);
    expect(BackupOutranked.from(crossed)).toMatchObject({ newer: 3, written: day(2) });
    expect(BackupOutranked.from(new Error('ENOSPC: no space left on device'))).toBeNull();
  });
});
