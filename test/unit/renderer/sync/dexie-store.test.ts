import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NearDatabase } from '../../../../renderer/db/database';
import { migration001 } from '../../../../renderer/db/migrations/001-initial';
import { migration002 } from '../../../../renderer/db/migrations/002-activity';
import { openDatabase } from '../../../../renderer/db/open-database';
import { createContact, logVisit } from '../../../../renderer/domain/activity';
import { createMember, updateMember } from '../../../../renderer/domain/members';
import { saveProfile } from '../../../../renderer/domain/profile';
import { loadSampleData } from '../../../../renderer/domain/sample';
import { resolveConflict } from '../../../../renderer/sync/conflicts';
import { DexieSyncStore } from '../../../../renderer/sync/dexie-store';
import { ensureSigningKey, loadIdentity } from '../../../../renderer/sync/identity';
import { BundleRefused } from '../../../../shared/sync/bundle-errors';
import { collectBundleContent, exportBundle } from '../../../../shared/sync/export';
import { applyImport, openBundle } from '../../../../shared/sync/import';
import type { SyncStore } from '../../../../shared/sync/store';
import type { LocalIdentity } from '../../../../shared/sync/store';
import { freshDatabase, hyogo } from '../fixtures';

type Office = { db: NearDatabase; store: DexieSyncStore; identity: LocalIdentity };

/** A laptop set up for sync: profile with a role, a signing key, optionally the 2018 sample. */
async function office(name: string, role: 'secretariat' | 'branch' | 'seconded', sample = false): Promise<Office> {
  const db = await freshDatabase();
  await saveProfile(db, { office: name, person: `${name} staff`, role });
  await ensureSigningKey(db);
  if (sample) await loadSampleData(db);
  const loaded = await loadIdentity(db);
  if (!('identity' in loaded)) throw new Error(`identity missing: ${loaded.missing}`);
  return { db, store: new DexieSyncStore(db), identity: loaded.identity };
}

async function send(from: Office, to: Office, options: { full?: boolean } = {}) {
  const bundle = await exportBundle(from.store, from.identity, { recipient: to.identity.installationId, full: options.full });
  return applyImport(to.store, await openBundle(bundle.text), to.identity, { trustSender: true });
}

/** Every table, as text: "byte for byte the same" means this string is equal. */
async function everything(db: NearDatabase): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const));
  return JSON.stringify(tables);
}

const withVisitFields = (title: string, memberId: string) => ({
  date: '2026-11-20',
  direction: 'outbound',
  title: { en: title },
  counterpartType: 'member',
  memberIds: [memberId],
  contactIds: [],
  topics: [],
  staff: ['Kim'],
  office: 'Pohang secretariat',
  followUps: [],
});

describe('sync between two laptops (IndexedDB)', () => {
  it('carries the 2018 sample from Pohang to a seconded office, and an incremental bundle back carries one visit', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const seconded = await office('Jilin', 'seconded');
    const first = await send(pohang, seconded);
    expect(first.counts.added).toBe(79 + 17 + 9 + 39 + 40 + 18 + 1);
    expect(await seconded.db.members.count()).toBe(79);
    // Imported visits carry localSeq, so the timeline picks them up.
    expect((await seconded.db.visits.toArray()).every((visit) => typeof visit.localSeq === 'number')).toBe(true);
    // Traceable: each imported record names the bundle, whose log entry names office and person.
    const visit = await seconded.db.visits.toCollection().first();
    const entry = await seconded.db.syncLog.filter((row) => row.direction === 'import').first();
    expect(visit?.syncedFrom).toBe(entry?.bundleId);
    expect(entry).toMatchObject({ office: 'Pohang', person: 'Pohang staff' });

    // Back to Pohang: everything (it learns what the seconded office has), then one new visit.
    await send(seconded, pohang);
    await logVisit(seconded.db, withVisitFields('Visit to Changchun', (await seconded.db.members.toCollection().first())!.id));
    const incremental = await exportBundle(seconded.store, seconded.identity, { recipient: pohang.identity.installationId });
    expect(incremental.full).toBe(false);
    expect(incremental.counts.visits).toBe(1);
    expect(Object.values(incremental.counts).reduce((a, b) => a + b, 0)).toBe(1);
    const summary = await applyImport(pohang.store, await openBundle(incremental.text), pohang.identity);
    expect(summary.counts).toMatchObject({ added: 1, changed: 0, deleted: 0 });
    expect(await pohang.db.visits.count()).toBe(41);
  });

  it('leaves the database exactly as it was when a bundle is refused or an import fails half-way', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const hyogoOffice = await office('Hyogo', 'branch', true);
    const bundle = await exportBundle(pohang.store, pohang.identity, {});
    const before = await everything(hyogoOffice.db);

    // Unknown sender, not trusted.
    await expect(applyImport(hyogoOffice.store, await openBundle(bundle.text), hyogoOffice.identity)).rejects.toMatchObject({ reason: 'untrusted' });
    expect(await everything(hyogoOffice.db)).toBe(before);

    // A failure while writing (a full disk, a crash): the transaction rolls back whole.
    let writes = 0;
    const failing: SyncStore = {
      read: (work) => hyogoOffice.store.read(work),
      write: (work) =>
        hyogoOffice.store.write((writer) =>
          work({
            ...writer,
            put: async (collection, records) => {
              writes += 1;
              if (writes === 3) throw new Error('disk full');
              await writer.put(collection, records);
            },
          }),
        ),
    };
    await expect(
      applyImport(failing, await openBundle(bundle.text), hyogoOffice.identity, { trustSender: true, chunkSize: 10 }),
    ).rejects.toThrow('disk full');
    expect(writes).toBe(3);
    expect(await everything(hyogoOffice.db)).toBe(before);
  });

  it('refuses a branch office’s change to a member but applies its contact in the same bundle', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const branch = await office('Hyogo', 'branch');
    await send(pohang, branch);
    await send(branch, pohang);
    // The branch laptop itself refuses the edit (the same rule as the import).
    const member = (await branch.db.members.toCollection().first())!;
    await expect(updateMember(branch.db, member.id, { ...hyogo, names: { ...member.names, en: 'Renamed' } })).rejects.toMatchObject({
      issues: [{ message: 'validation.secretariatOnly' }],
    });
    // A forged change written straight into its database is refused by Pohang and listed.
    await branch.db.transaction('rw', branch.db.members, branch.db.meta, async () => {
      const stamp = await (await import('../../../../renderer/domain/stamp')).nextStamp(branch.db);
      await branch.db.members.put({
        ...member,
        country: 'KR',
        hlc: stamp.hlc,
        fieldClocks: { ...member.fieldClocks, country: stamp.hlc },
        versions: { ...member.versions, [stamp.by]: stamp.hlc },
      });
    });
    await createContact(branch.db, { name: '佐藤', languages: ['ja'] });
    const summary = await send(branch, pohang);
    expect(summary.refusals).toEqual([expect.objectContaining({ collection: 'members', recordId: member.id, fields: ['country'] })]);
    expect(summary.perCollection.contacts.added).toBe(1);
    expect((await pohang.db.members.get(member.id))?.country).toBe(member.country);
  });

  it('keeps a conflict for review and lets a person take the other value, which then wins everywhere', async () => {
    const pohang = await office('Pohang', 'secretariat');
    const hyogoOffice = await office('Hyogo', 'secretariat');
    const member = await createMember(pohang.db, hyogo);
    await send(pohang, hyogoOffice);
    await updateMember(pohang.db, member.id, { ...hyogo, names: { ...hyogo.names, en: 'Hyogo (Pohang)' } });
    await updateMember(hyogoOffice.db, member.id, { ...hyogo, names: { ...hyogo.names, en: 'Hyogo (Kobe)' } });
    await send(hyogoOffice, pohang);
    const [conflict] = await pohang.db.conflicts.toArray();
    expect(conflict).toMatchObject({ collection: 'members', recordId: member.id, field: 'names', status: 'open', office: 'Hyogo' });
    const winner = (await pohang.db.members.get(member.id))!.names.en;
    const loser = (conflict.other as { en: string }).en;
    expect(new Set([winner, loser])).toEqual(new Set(['Hyogo (Pohang)', 'Hyogo (Kobe)']));

    await resolveConflict(pohang.db, conflict.id, 'other');
    expect((await pohang.db.members.get(member.id))!.names.en).toBe(loser);
    expect((await pohang.db.conflicts.get(conflict.id))?.status).toBe('resolved');
    await send(pohang, hyogoOffice);
    expect((await hyogoOffice.db.members.get(member.id))!.names.en).toBe(loser);
    // Hyogo's own copy of the conflict is settled by the later edit that saw both values.
    expect(await hyogoOffice.db.conflicts.where('status').equals('open').count()).toBe(0);
  });

  it('gives records made before sync existed their version vectors when upgrading to version 3', async () => {
    const name = `near-desk-upgrade-${Date.now()}`;
    const old = new Dexie(name);
    migration001(old);
    migration002(old);
    await old.open();
    const clock = '1763000000000-0001-11111111-1111-4111-8111-111111111111';
    await old.table('contacts').add({
      id: '22222222-2222-4222-8222-222222222222', name: 'Lee', languages: [], createdAt: '2025-11-13T00:00:00.000Z',
      createdBy: '11111111-1111-4111-8111-111111111111', updatedAt: '2025-11-13T00:00:00.000Z',
      updatedBy: '11111111-1111-4111-8111-111111111111', hlc: clock, fieldClocks: { name: clock, languages: clock }, deleted: 1,
      deletedAt: '2025-11-13T00:00:00.000Z', deletedBy: '11111111-1111-4111-8111-111111111111',
    });
    old.close();
    const db = new NearDatabase(name);
    expect((await openDatabase(db)).ok).toBe(true);
    const row = await db.contacts.get('22222222-2222-4222-8222-222222222222');
    expect(row?.versions).toEqual({ '11111111-1111-4111-8111-111111111111': clock });
    expect(row?.fieldClocks.deleted).toBe(clock);
    const { content } = await collectBundleContent(new DexieSyncStore(db), { installationId: 'x' }, { full: true });
    expect(content.records.contacts).toHaveLength(1);
    db.close();
  });

  it('refuses an import that is not allowed to proceed, with the reason, before touching anything', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const bundle = await exportBundle(pohang.store, pohang.identity, {});
    await expect(applyImport(pohang.store, await openBundle(bundle.text), pohang.identity)).rejects.toBeInstanceOf(BundleRefused);
    await expect(applyImport(pohang.store, await openBundle(bundle.text), pohang.identity)).rejects.toMatchObject({ reason: 'ownBundle' });
  });
});
