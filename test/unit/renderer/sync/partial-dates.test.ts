import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { restoreSnapshot, takeSnapshot } from '../../../../renderer/backup/snapshot';
import { logVisit } from '../../../../renderer/domain/activity';
import { decodeBackup, encodeBackup } from '../../../../shared/backup/backup-format';
import { createLookup, sortEntries, visitEntry } from '../../../../shared/domain/timeline';
import { FORMAT_VERSION } from '../../../../shared/sync/bundle-format';
import { BundleRefused } from '../../../../shared/sync/bundle-errors';
import { exportBundle } from '../../../../shared/sync/export';
import { applyImport, openBundle } from '../../../../shared/sync/import';
import { APP_VERSION } from '../../../../shared/version';
import { freshDatabase } from '../fixtures';
import { office, send } from './offices';

/** The 2018 sample as NEAR Desk 0.4 exported it: bundle format 2, every date a whole day. */
const FORMAT_2 = fileURLToPath(new URL('../../../fixtures/sample-2018-format2.nearbundle', import.meta.url));
const HYOGO_VISIT = 'e059f9e0-750b-46a4-b060-1eceb469df3a';
const CRUISE_ANNOUNCEMENT = '7bd09f08-d602-493e-b738-95897fee4d67';

const visitFields = (memberId: string) => ({
  date: '2026-11',
  direction: 'inbound' as const,
  title: { en: 'Delegation from Hyogo (day not recorded)' },
  counterpartType: 'member' as const,
  memberIds: [memberId],
  contactIds: [],
  topics: [],
  staff: ['Kim'],
  office: 'Pohang secretariat',
});

describe('dates as precise as the source, across bundles and backups', () => {
  it('writes format 3, and still imports a format 2 bundle of 0.4 with its whole days as they were', async () => {
    const laptop = await office('Jilin', 'seconded');
    const result = await applyImport(laptop.store, await openBundle(await readFile(FORMAT_2, 'utf8')), laptop.identity, { trustSender: true });
    expect(result.counts.added).toBeGreaterThan(200);
    expect(await laptop.db.visits.count()).toBe(40);
    expect((await laptop.db.visits.get(HYOGO_VISIT))?.date).toBe('2018-01-01');
    expect((await laptop.db.visits.get(CRUISE_ANNOUNCEMENT))?.date).toBe('2019-02-20');

    const pohang = await office('Pohang', 'secretariat', true);
    const written = await exportBundle(pohang.store, pohang.identity);
    expect(JSON.parse(written.text)).toMatchObject({ formatVersion: FORMAT_VERSION, minAppVersion: APP_VERSION });
    expect(FORMAT_VERSION).toBe(3);
    // A newer format than this build's is refused as such, as 0.4 refuses format 3.
    await expect(openBundle(written.text.replace(`"formatVersion":${FORMAT_VERSION},`, `"formatVersion":${FORMAT_VERSION + 1},`))).rejects.toMatchObject(
      new BundleRefused('newerFormat', { formatVersion: FORMAT_VERSION + 1, minAppVersion: APP_VERSION, appVersion: APP_VERSION }),
    );
  });

  it('carries months and years from office to office, with the order they were entered in', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const seconded = await office('Jilin', 'seconded');
    await send(pohang, seconded);
    const hyogo = await seconded.db.visits.get(HYOGO_VISIT);
    expect(hyogo?.date).toBe('2018-01');
    expect((await seconded.db.visits.get(CRUISE_ANNOUNCEMENT))?.date).toBe('2018');
    // Entered in the report's order at Pohang, and so in the same order at the receiving office.
    const order = async (db: typeof pohang.db) => {
      const lookup = createLookup([], [], []);
      return sortEntries((await db.visits.toArray()).map((visit) => visitEntry(visit.id, visit, lookup))).map((entry) => entry.id);
    };
    expect(await order(seconded.db)).toEqual(await order(pohang.db));

    const memberId = hyogo!.memberIds[0];
    const logged = await logVisit(seconded.db, { ...visitFields(memberId), followUps: [] });
    await send(seconded, pohang);
    expect((await pohang.db.visits.get(logged.id))?.date).toBe('2026-11');
  });

  it('keeps a month and a year through a backup and its restore', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const logged = await logVisit(pohang.db, { ...visitFields((await pohang.db.visits.get(HYOGO_VISIT))!.memberIds[0]), date: '2026', followUps: [] });
    const file = await encodeBackup(await takeSnapshot(pohang.db, 'manual'));

    const restored = await freshDatabase();
    await restoreSnapshot(restored, decodeBackup(file, { appVersion: APP_VERSION, schemaVersion: restored.schemaVersion }));
    expect((await restored.visits.get(HYOGO_VISIT))?.date).toBe('2018-01');
    expect((await restored.visits.get(logged.id))?.date).toBe('2026');
    expect((await restored.meetings.toArray()).find((meeting) => meeting.kind === 'youthContest')?.startDate).toBe('2018');
    // An older app refuses this backup as one of a newer version, rather than refusing its dates one by one.
    expect(() => decodeBackup(file, { appVersion: '0.4.0', schemaVersion: restored.schemaVersion })).toThrow(/newerApp/);
  });
});
