import { gzipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { planRestore, restoreSnapshot, takeSnapshot } from '../../../../renderer/backup/snapshot';
import type { NearDatabase } from '../../../../renderer/db/database';
import { loadSampleData } from '../../../../renderer/domain/sample';
import { addStaff, removeReportText, retireStaff } from '../../../../renderer/domain/secretariat';
import { decodeBackup, encodeBackup } from '../../../../shared/backup/backup-format';
import { APP_VERSION } from '../../../../shared/version';
import { freshDatabase } from '../fixtures';

const reader = (db: NearDatabase) => ({ appVersion: APP_VERSION, schemaVersion: db.schemaVersion });

/** A laptop not yet set up for sync (so it may change what Pohang may) with the 2018 sample. */
async function laptop(): Promise<NearDatabase> {
  const db = await freshDatabase();
  await loadSampleData(db);
  return db;
}

describe('backups and the secretariat records', () => {
  it('carry the staff list and the texts of the report, and restore them as they were', async () => {
    const db = await laptop();
    const snapshot = await takeSnapshot(db, 'manual');
    expect([snapshot.counts.staff, snapshot.counts.reportTexts]).toEqual([17, 6]);
    const [staffBefore, textsBefore] = [await db.staff.toArray(), await db.reportTexts.toArray()];

    const [first] = staffBefore;
    await retireStaff(db, first.id, '2019-03');
    await addStaff(db, { name: { latin: 'New Hire' }, role: { en: 'English specialist' }, office: 'secretariat', order: 18 });
    await removeReportText(db, textsBefore[0].id);

    const backup = decodeBackup(await encodeBackup(snapshot), reader(db));
    const plan = await planRestore(db, backup);
    expect(plan.rows.find((row) => row.table === 'staff')).toEqual({ table: 'staff', now: 18, backup: 17 });
    expect(plan.rows.find((row) => row.table === 'reportTexts')).toEqual({ table: 'reportTexts', now: 5, backup: 6 });
    await restoreSnapshot(db, backup);

    expect(await db.staff.toArray()).toEqual(staffBefore);
    expect(await db.reportTexts.toArray()).toEqual(textsBefore);
  });

  it('restore a backup from before the staff list and texts existed (0.4): the rest comes back, and the two tables are empty as they were then', async () => {
    const db = await laptop();
    const current = await takeSnapshot(db, 'scheduled');
    const { staff: _staff, reportTexts: _texts, ...olderTables } = current.tables;
    const { staff: _staffCount, reportTexts: _textsCount, ...olderCounts } = current.counts;
    const older = { ...current, appVersion: '0.4.0', schemaVersion: 5, counts: olderCounts, tables: olderTables };
    const backup = decodeBackup(gzipSync(strToU8(JSON.stringify(older))), reader(db));

    const plan = await planRestore(db, backup);
    expect(plan.rows.find((row) => row.table === 'staff')).toEqual({ table: 'staff', now: 17, backup: 0 });
    await restoreSnapshot(db, backup);

    expect(await db.members.count()).toBe(79);
    expect(await db.staff.count()).toBe(0);
    expect(await db.reportTexts.count()).toBe(0);
  });
});
