import { describe, expect, it } from 'vitest';
import { backUp, backUpIfDue, loadBackupSettings, restoreBackup, previewRestore, saveBackupSettings, type BackupServices } from '../../../../renderer/backup/backups';
import { planRestore, restoreSnapshot, takeSnapshot } from '../../../../renderer/backup/snapshot';
import type { NearDatabase } from '../../../../renderer/db/database';
import { ValidationError } from '../../../../renderer/domain/errors';
import { createMember } from '../../../../renderer/domain/members';
import { saveProfile } from '../../../../renderer/domain/profile';
import { loadSampleData } from '../../../../renderer/domain/sample';
import type { BackupShelf } from '../../../../renderer/platform/platform';
import { DexieSyncStore } from '../../../../renderer/sync/dexie-store';
import { ensureSigningKey, loadIdentity } from '../../../../renderer/sync/identity';
import type { SyncClient } from '../../../../renderer/sync/sync-client';
import { backupFileName, decodeBackup, encodeBackup, parseBackupFileName, type BackupDocument } from '../../../../shared/backup/backup-format';
import { BackupOutranked, shelveBackup } from '../../../../shared/backup/backup-shelf';
import { describeSyncError } from '../../../../renderer/features/sync/describe-sync-error';
import { translate } from '../../../../shared/i18n/resources';
import type { TFunction } from 'i18next';
import { exportBundle } from '../../../../shared/sync/export';
import { APP_VERSION } from '../../../../shared/version';
import { freshDatabase, hyogo } from '../fixtures';

/** The backups folder in memory, naming and keeping backups by the shelf's own clock as main does. */
function memoryShelf(clock: { now: Date }): BackupShelf & { files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const list = async () => [...files].map(([name, data]) => ({ name, bytes: data.byteLength })).sort((a, b) => b.name.localeCompare(a.name));
  const storage = {
    names: async () => [...files.keys()],
    create: async (name: string, data: Uint8Array) => !files.has(name) && Boolean(files.set(name, data)),
    remove: async (name: string) => void files.delete(name),
  };
  return {
    files,
    list,
    async write(reason, data, keep) {
      const name = await shelveBackup(storage, reason, data, keep, clock.now);
      return { name, files: await list() };
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
        return { data: await encodeBackup(snapshot), clock: snapshot.clock, sealSeq: snapshot.seal?.seq ?? 0, createdAt: snapshot.createdAt };
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
  return { db, client: inThreadClient(db, clock), shelf: memoryShelf(clock), clock };
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
    await expect(saveBackupSettings(s.db, { everyHours: 24, keep: 2 })).rejects.toBeInstanceOf(ValidationError);
    expect(await loadBackupSettings(s.db)).toEqual({ everyHours: 24, keep: 20 });
  });

  it('keep at least three even when settings saved before the minimum say fewer', async () => {
    const s = await services();
    await loadSampleData(s.db);
    await s.db.meta.put({ key: 'backupSettings', everyHours: 24, keep: 1 });
    expect((await loadBackupSettings(s.db)).keep).toBe(3);
    for (let index = 0; index < 4; index += 1) {
      s.clock.now = hours(s.clock.now, 1);
      await backUp(s, 'manual');
    }
    expect(s.shelf.files.size).toBe(3);
  });

  it('are named by the shelf\'s clock, so backups dated in the future cannot push a new one out: the backup fails, and is kept', async () => {
    const s = await services();
    await loadSampleData(s.db);
    await saveBackupSettings(s.db, { everyHours: 24, keep: 3 });
    const future = ['01', '02', '03'].map((day) => backupFileName(new Date(`9999-12-${day}T00:00:00Z`), 'scheduled'));
    for (const name of future) s.shelf.files.set(name, new Uint8Array(1));

    const failure = await backUp(s, 'before-import').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupOutranked);
    const kept = backupFileName(s.clock.now, 'before-import');
    expect([...s.shelf.files.keys()].sort()).toEqual([kept, ...future]);
    // The last backup is still the one before: nothing was recorded as backed up.
    expect(await s.db.meta.get('lastBackup')).toBeUndefined();
    const t = ((key: string, values?: Record<string, unknown>) => translate('en', key, Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, String(v)])))) as unknown as TFunction;
    expect(describeSyncError(failure, t)).toBe(translate('en', 'backups.outranked', { newer: '3' }));
  });

  it('recognise that failure when it comes from main, where only the error\'s text crosses to the window', async () => {
    const s = await services();
    await loadSampleData(s.db);
    const fromMain = new Error(`Error invoking remote method 'backups:write': ${String(new BackupOutranked('near-desk-20261124-080000-000-manual.nearbackup', 4))}`);
    s.shelf.write = async () => {
      throw fromMain;
    };
    const failure = await backUp(s, 'manual').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BackupOutranked);
    expect(failure).toMatchObject({ newer: 4, written: 'near-desk-20261124-080000-000-manual.nearbackup' });
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

  it('keeps the seal\'s number, seals again what the backup had not sealed, and the backup made first carries the signed segments and the seal', async () => {
    const s = await services();
    await saveProfile(s.db, { office: 'NEAR Secretariat (Pohang)', person: 'Kim Minji', role: 'secretariat' });
    await ensureSigningKey(s.db);
    await loadSampleData(s.db);
    const { name } = await backUp(s, 'manual');
    const loaded = await loadIdentity(s.db);
    if (!('identity' in loaded)) throw new Error(`identity missing: ${loaded.missing}`);
    await exportBundle(new DexieSyncStore(s.db), loaded.identity);
    const seal = await s.db.meta.get('seal');
    expect(seal).toMatchObject({ seq: 1 });

    s.clock.now = hours(s.clock.now, 1);
    const { token } = await previewRestore(s, name);
    await restoreBackup(s, token);
    expect(await s.db.meta.get('seal')).toEqual({ key: 'seal', seq: 1, clock: '' });
    expect(await s.db.segments.count()).toBe(0);
    // The sample, sealed after the backup was taken, is sealed again (as number 2) by the next export.
    const again = await exportBundle(new DexieSyncStore(s.db), loaded.identity, { full: true });
    expect(again.counts.members).toBe(79);
    expect((await s.db.segments.toArray()).map((row) => row.seq)).toEqual([2]);
    const [newest] = await s.shelf.list();
    const undo = decodeBackup(await s.shelf.read(newest.name), { appVersion: APP_VERSION, schemaVersion: s.db.schemaVersion });
    expect(undo.reason).toBe('before-restore');
    expect(undo.seal).toEqual({ seq: 1, clock: seal?.key === 'seal' ? seal.clock : '' });
    expect(undo.tables.segments).toEqual([expect.objectContaining({ author: loaded.identity.installationId, seq: 1, status: 'applied' })]);
    expect(undo.tables.segmentTexts).toEqual([expect.objectContaining({ id: undo.tables.segments[0].id })]);
  });
});
