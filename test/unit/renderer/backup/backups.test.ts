import { describe, expect, it } from 'vitest';
import { backUp, backUpIfDue, loadBackupSettings, restoreBackup, previewRestore, saveBackupSettings, type BackupServices } from '../../../../renderer/backup/backups';
import { planRestore, restoreSnapshot, takeSnapshot } from '../../../../renderer/backup/snapshot';
import type { NearDatabase } from '../../../../renderer/db/database';
import { ValidationError } from '../../../../renderer/domain/errors';
import { createMember } from '../../../../renderer/domain/members';
import { loadSampleData } from '../../../../renderer/domain/sample';
import type { BackupShelf } from '../../../../renderer/platform/platform';
import type { SyncClient } from '../../../../renderer/sync/sync-client';
import { backupFileName, backupsBeyond, decodeBackup, encodeBackup, parseBackupFileName, type BackupDocument } from '../../../../shared/backup/backup-format';
import { APP_VERSION } from '../../../../shared/version';
import { freshDatabase, hyogo } from '../fixtures';

/** The backups folder in memory, keeping the newest N as main does. */
function memoryShelf(): BackupShelf & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const list = async () => [...files].map(([name, data]) => ({ name, bytes: data.byteLength })).sort((a, b) => b.name.localeCompare(a.name));
  return {
    files,
    list,
    async write(name, data, keep) {
      files.set(name, data);
      for (const old of backupsBeyond([...files.keys()], keep)) files.delete(old);
      return list();
    },
    async read(name) {
      const data = files.get(name);
      if (!data) throw new Error(`No backup ${name}`);
      return data;
    },
  };
}

/** The worker's backup and restore requests, run in this thread over the same database. */
function inThreadClient(db: NearDatabase, clock: { now: Date }): SyncClient {
  const opened = new Map<string, BackupDocument>();
  return {
    async request(request: { type: string; reason?: never; data?: Uint8Array; token?: string }) {
      if (request.type === 'backup') {
        const snapshot = await takeSnapshot(db, request.reason!, clock.now);
        return { name: backupFileName(clock.now, request.reason!), data: encodeBackup(snapshot), clock: snapshot.clock, createdAt: snapshot.createdAt };
      }
      if (request.type === 'restorePreview') {
        const backup = decodeBackup(request.data!, { appVersion: APP_VERSION, schemaVersion: db.schemaVersion });
        opened.set('token', backup);
        return { token: 'token', plan: await planRestore(db, backup) };
      }
      if (request.type === 'restore') return restoreSnapshot(db, opened.get(request.token!)!).then(() => null);
      throw new Error(`unexpected ${request.type}`);
    },
  } as unknown as SyncClient;
}

async function services(): Promise<BackupServices & { shelf: ReturnType<typeof memoryShelf>; clock: { now: Date } }> {
  const db = await freshDatabase();
  const clock = { now: new Date('2026-11-24T08:00:00Z') };
  return { db, client: inThreadClient(db, clock), shelf: memoryShelf(), clock };
}

const hours = (date: Date, count: number) => new Date(date.getTime() + count * 3_600_000);

describe('scheduled backups', () => {
  it('are made when due and something changed, and not for an untouched registry', async () => {
    const s = await services();
    expect(await backUpIfDue(s, s.clock.now)).toBeNull();
    await loadSampleData(s.db);
    const first = await backUpIfDue(s, s.clock.now);
    expect(first && parseBackupFileName(first)?.reason).toBe('scheduled');

    s.clock.now = hours(s.clock.now, 2);
    await createMember(s.db, { ...hyogo, names: { en: 'Newcomer Province', native: 'Newcomer' }, founding: false });
    expect(await backUpIfDue(s, s.clock.now)).toBeNull();

    s.clock.now = hours(s.clock.now, 23);
    expect(await backUpIfDue(s, s.clock.now)).not.toBeNull();
    s.clock.now = hours(s.clock.now, 25);
    expect(await backUpIfDue(s, s.clock.now)).toBeNull();
    expect(s.shelf.files.size).toBe(2);
  });

  it('keep only the configured number, newest first', async () => {
    const s = await services();
    await loadSampleData(s.db);
    await saveBackupSettings(s.db, { everyHours: 1, keep: 3 });
    const names: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      s.clock.now = hours(s.clock.now, 1);
      names.push((await backUp(s, 'manual')).name);
    }
    expect((await s.shelf.list()).map((file) => file.name)).toEqual(names.slice(2).reverse());
  });

  it('refuse settings out of range, keeping the saved ones', async () => {
    const s = await services();
    await expect(saveBackupSettings(s.db, { everyHours: 24, keep: 0 })).rejects.toBeInstanceOf(ValidationError);
    expect(await loadBackupSettings(s.db)).toEqual({ everyHours: 24, keep: 20 });
  });
});

describe('restoring', () => {
  it('backs up the data as it is first, so a restore can itself be undone', async () => {
    const s = await services();
    await loadSampleData(s.db);
    const { name } = await backUp(s, 'manual');
    s.clock.now = hours(s.clock.now, 1);
    await createMember(s.db, { ...hyogo, names: { en: 'Newcomer Province', native: 'Newcomer' }, founding: false });
    const { token, plan } = await previewRestore(s, name);
    expect(plan.rows.find((row) => row.table === 'members')).toMatchObject({ now: 80, backup: 79 });
    await restoreBackup(s, token);
    expect(await s.db.members.count()).toBe(79);
    const [newest] = await s.shelf.list();
    expect(parseBackupFileName(newest.name)?.reason).toBe('before-restore');
    const undo = await previewRestore(s, newest.name);
    expect(undo.plan.rows.find((row) => row.table === 'members')).toMatchObject({ now: 79, backup: 80 });
  });
});
