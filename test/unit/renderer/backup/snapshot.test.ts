import { describe, expect, it, vi } from 'vitest';
import { planRestore, restoreSnapshot, takeSnapshot } from '../../../../renderer/backup/snapshot';
import type { NearDatabase } from '../../../../renderer/db/database';
import { loadDraft, saveDraft } from '../../../../renderer/domain/drafts';
import { createMember, deleteMember } from '../../../../renderer/domain/members';
import { saveProfile } from '../../../../renderer/domain/profile';
import { loadSampleData } from '../../../../renderer/domain/sample';
import { ensureSigningKey } from '../../../../renderer/sync/identity';
import { BACKUP_TABLES, BackupRefused, decodeBackup, encodeBackup } from '../../../../shared/backup/backup-format';
import { parseHlc } from '../../../../shared/sync/hlc';
import { APP_VERSION } from '../../../../shared/version';
import { freshDatabase, hyogo } from '../fixtures';

const newcomer = { ...hyogo, names: { en: 'Newcomer Province', native: 'Newcomer' }, founding: false };

const reader = (db: NearDatabase) => ({ appVersion: APP_VERSION, schemaVersion: db.schemaVersion });

/** Every table a backup carries, as text, for "the same data" comparisons. */
async function data(db: NearDatabase): Promise<string> {
  const tables = await Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray()));
  return JSON.stringify(tables);
}

async function laptop(): Promise<NearDatabase> {
  const db = await freshDatabase();
  await saveProfile(db, { office: 'NEAR Secretariat (Pohang)', person: 'Kim Minji', role: 'secretariat' });
  await ensureSigningKey(db);
  await loadSampleData(db);
  return db;
}

async function clockOf(db: NearDatabase): Promise<string> {
  const row = await db.meta.get('clock');
  if (row?.key !== 'clock') throw new Error('no clock');
  return row.hlc;
}

describe('backups of the whole installation', () => {
  it('restore the data exactly as it was, keeping the key, the drafts and a clock that never goes back', async () => {
    const db = await laptop();
    const before = await data(db);
    const file = encodeBackup(await takeSnapshot(db, 'manual'));

    const added = await createMember(db, newcomer);
    const removed = await createMember(db, { ...newcomer, names: { en: 'Short-lived Province', native: 'Short-lived' } });
    await deleteMember(db, removed.id);
    await saveDraft(db, 'visit:new', { subject: 'half typed' });
    const key = await db.meta.get('signingKey');
    const clockBefore = await clockOf(db);
    expect(await data(db)).not.toBe(before);

    const backup = decodeBackup(file, reader(db));
    const plan = await planRestore(db, backup);
    expect(plan.otherInstallation).toBe(false);
    expect(plan.rows.find((row) => row.table === 'members')).toEqual({ table: 'members', now: 80, backup: 79 });
    await restoreSnapshot(db, backup);

    expect(await data(db)).toBe(before);
    expect(await db.members.get(added.id)).toBeUndefined();
    expect(await db.meta.get('signingKey')).toEqual(key);
    expect((await loadDraft(db, 'visit:new'))?.values).toEqual({ subject: 'half typed' });
    expect(await clockOf(db) >= clockBefore).toBe(true);
  });

  it('never carry the signing key, nor the drafts', async () => {
    const db = await laptop();
    await saveDraft(db, 'visit:new', { subject: 'not for the backup' });
    const snapshot = await takeSnapshot(db, 'scheduled');
    const text = JSON.stringify(snapshot);
    expect(text).not.toContain('privateKey');
    expect(text).not.toContain('not for the backup');
    expect(Object.keys(snapshot.tables).sort()).toEqual([...BACKUP_TABLES].sort());
    expect(snapshot.counts.members).toBe(79);
    expect(snapshot.profile).toEqual({ office: 'NEAR Secretariat (Pohang)', person: 'Kim Minji', role: 'secretariat' });
  });

  it('restore all tables or none: a failure in the last table leaves everything as it was', async () => {
    const db = await laptop();
    const backup = decodeBackup(encodeBackup(await takeSnapshot(db, 'manual')), reader(db));
    await createMember(db, newcomer);
    const changed = await data(db);
    const failing = vi.spyOn(db.conflicts, 'bulkPut').mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    await expect(restoreSnapshot(db, backup)).rejects.toThrow();
    failing.mockRestore();
    expect(await data(db)).toBe(changed);
  });

  it('refuse another laptop’s backup over this laptop’s data, and take it into an empty registry', async () => {
    const pohang = await laptop();
    const backup = decodeBackup(encodeBackup(await takeSnapshot(pohang, 'manual')), reader(pohang));

    const other = await laptop();
    const before = await data(other);
    await expect(restoreSnapshot(other, backup)).rejects.toBeInstanceOf(BackupRefused);
    expect(await data(other)).toBe(before);

    // A laptop rebuilt after its database broke: a new installation with nothing in it.
    const rebuilt = await freshDatabase();
    const installation = await rebuilt.meta.get('installation');
    const plan = await planRestore(rebuilt, backup);
    expect(plan.otherInstallation).toBe(true);
    await restoreSnapshot(rebuilt, backup);
    expect(await rebuilt.members.count()).toBe(await pohang.members.count());
    expect(await rebuilt.meta.get('profile')).toMatchObject({ office: 'NEAR Secretariat (Pohang)' });
    // It keeps its own identity: new changes are stamped by this installation, after the backup's clock.
    expect(installation?.key === 'installation' && parseHlc(await clockOf(rebuilt)).node).toBe(installation?.key === 'installation' ? installation.id : '');
    expect(await clockOf(rebuilt) > backup.clock!.slice(0, 18)).toBe(true);
  });
});
