import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NearDatabase } from '../../../../renderer/db/database';
import { MIGRATIONS } from '../../../../renderer/db/migrations';
import { classifyOpenError, openDatabase } from '../../../../renderer/db/open-database';
import { createMember } from '../../../../renderer/domain/members';
import { hyogo } from '../fixtures';

describe('opening the database', () => {
  it('gives a new installation an id and keeps it across restarts', async () => {
    const name = 'open-keeps-id';
    const first = await openDatabase(new NearDatabase(name));
    const again = new NearDatabase(name);
    const second = await openDatabase(again);
    expect(first.ok && second.ok && first.installationId === second.installationId).toBe(true);
    again.close();
  });

  it('refuses a database written by a newer app with a clear reason and leaves it as it was', async () => {
    const name = 'open-newer';
    const future = new Dexie(name);
    future.version(9).stores({ members: 'id', futureTable: 'id' });
    await future.table('members').add({ id: 'kept', from: 'the future' });
    future.close();

    const result = await openDatabase(new NearDatabase(name));
    expect(result).toMatchObject({ ok: false, failure: { reason: 'version' } });

    const check = new Dexie(name);
    check.version(9).stores({ members: 'id', futureTable: 'id' });
    expect(await check.table('members').get('kept')).toEqual({ id: 'kept', from: 'the future' });
    check.close();
  });

  it('rolls a failed upgrade back whole: the old version and its data are still there', async () => {
    const name = 'open-failed-upgrade';
    const current = new NearDatabase(name);
    await openDatabase(current);
    const member = await createMember(current, hyogo);
    current.close();

    const next = MIGRATIONS.length + 1;
    const broken = new NearDatabase(name, [
      ...MIGRATIONS,
      (db) =>
        db
          .version(next)
          .stores({ members: 'id, country, kind, deleted, [deleted+country], newIndex' })
          .upgrade(async (tx) => {
            await tx.table('members').toCollection().modify({ newIndex: 1 });
            throw new Error('migration 002 failed half way');
          }),
    ]);
    const result = await openDatabase(broken);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.failure.detail).toContain('migration 002 failed half way');

    const reopened = new NearDatabase(name);
    expect((await openDatabase(reopened)).ok).toBe(true);
    expect(reopened.verno).toBe(MIGRATIONS.length);
    expect(await reopened.members.get(member.id)).toEqual(member);
    reopened.close();
  });

  it('upgrades a version 1 database to the current schema, keeping its data', async () => {
    const name = 'open-upgrade-from-1';
    const v1 = new NearDatabase(name, MIGRATIONS.slice(0, 1));
    await openDatabase(v1);
    const member = await createMember(v1, hyogo);
    v1.close();
    const upgraded = new NearDatabase(name);
    expect(await openDatabase(upgraded)).toMatchObject({ ok: true });
    expect(upgraded.verno).toBe(MIGRATIONS.length);
    expect(await upgraded.members.get(member.id)).toEqual(member);
    expect(await upgraded.visits.count()).toBe(0);
    upgraded.close();
  });

  it('names the reason for the errors users meet in the field', () => {
    expect(classifyOpenError({ name: 'OpenFailedError', message: 'x', inner: { name: 'VersionError', message: 'y' } }).reason).toBe('version');
    expect(classifyOpenError({ name: 'UnknownError', message: 'Internal error opening backing store for indexedDB.open.' }).reason).toBe('backingStore');
    expect(classifyOpenError({ name: 'OpenFailedError', message: 'x', inner: { name: 'QuotaExceededError', message: 'full' } }).reason).toBe('quota');
    expect(classifyOpenError({ name: 'DatabaseClosedError', message: 'blocked' }).reason).toBe('blocked');
    expect(classifyOpenError(new Error('strange')).reason).toBe('unknown');
  });
});
