import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { NearDatabase } from '../../../../renderer/db/database';
import { migration001 } from '../../../../renderer/db/migrations/001-initial';
import { migration002 } from '../../../../renderer/db/migrations/002-activity';
import { MIGRATIONS } from '../../../../renderer/db/migrations';
import { openDatabase } from '../../../../renderer/db/open-database';
import { createContact, logVisit } from '../../../../renderer/domain/activity';
import { createMember, updateMember } from '../../../../renderer/domain/members';
import { saveProfile } from '../../../../renderer/domain/profile';
import { resolveConflict } from '../../../../renderer/sync/conflicts';
import { DexieSyncStore } from '../../../../renderer/sync/dexie-store';
import { ensureSigningKey, loadIdentity } from '../../../../renderer/sync/identity';
import { BundleRefused } from '../../../../shared/sync/bundle-errors';
import { writeBundle } from '../../../../shared/sync/bundle-format';
import type { Change } from '../../../../shared/sync/changes';
import { SYNC_COLLECTIONS, type CollectionName } from '../../../../shared/sync/collections';
import { exportBundle } from '../../../../shared/sync/export';
import { formatHlc, parseHlc } from '../../../../shared/sync/hlc';
import { applyImport, openBundle } from '../../../../shared/sync/import';
import { authorStatement } from '../../../../shared/sync/seal';
import { signSegment } from '../../../../shared/sync/segments';
import type { SyncStore } from '../../../../shared/sync/store';
import { hyogo } from '../fixtures';
import { everything, office, send, type Office } from './offices';

/**
 * A bundle from `from` carrying one segment of the given changes, signed with its own key and
 * numbered after its last seal: what a modified build of the app could send in its name.
 */
async function signedByItself(from: Office, changes: Change[]): Promise<string> {
  const seal = await from.db.meta.get('seal');
  const author = authorStatement(from.identity);
  const { text } = await signSegment({ author, seq: (seal?.key === 'seal' ? seal.seq : 0) + 1, changes }, from.identity.privateKey);
  const counts = Object.fromEntries(
    SYNC_COLLECTIONS.map((name) => [name, changes.filter((change) => change.collection === name).length]),
  ) as Record<CollectionName, number>;
  return writeBundle({
    header: { bundleId: crypto.randomUUID(), createdAt: new Date().toISOString(), sender: author, full: false },
    upTo: {},
    segments: [text],
    counts: { segments: 1, changes: counts },
    key: from.identity,
  });
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
    // Members, committees, meetings, contacts, visits, follow-ups, a dues postponement, the staff and the report's texts.
    expect(first.counts.added).toBe(79 + 17 + 9 + 39 + 40 + 18 + 1 + 17 + 6);
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

  it("stores a segment read from a file's bytes as the text its author signed, and passes it on unchanged", async () => {
    const pohang = await office('Pohang', 'secretariat');
    const hyogoOffice = await office('Hyogo', 'branch');
    await createContact(pohang.db, { name: '朴 \u2028 "Park"', languages: ['ko'] });
    await send(pohang, hyogoOffice, { full: true });
    const signed = (await openBundle((await exportBundle(pohang.store, pohang.identity, { full: true })).text)).segments;
    expect(signed.length).toBeGreaterThan(0);
    for (const segment of signed) expect((await hyogoOffice.db.segmentTexts.get(segment.signature))?.text).toBe(segment.text);
    // Passed on by Hyogo, Pohang's segments are exactly as Pohang signed them.
    const relayed = await exportBundle(hyogoOffice.store, hyogoOffice.identity, { full: true });
    const passedOn = await openBundle(relayed.text);
    expect(passedOn.segments.filter((segment) => segment.body.author.installationId === pohang.identity.installationId).map((segment) => [segment.text, segment.valid])).toEqual(
      signed.map((segment) => [segment.text, true]),
    );
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
      applyImport(failing, await openBundle(bundle.text), hyogoOffice.identity, { trustSender: true }),
    ).rejects.toThrow('disk full');
    expect(writes).toBe(3);
    expect(await everything(hyogoOffice.db)).toBe(before);
  });

  it('never seals a branch office’s change to a member, so it never reaches Pohang, while its contact does', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const branch = await office('Hyogo', 'branch');
    await send(pohang, branch);
    await send(branch, pohang);
    // The branch laptop itself refuses the edit (the same rule as the import).
    const member = (await branch.db.members.toCollection().first())!;
    await expect(updateMember(branch.db, member.id, { ...hyogo, names: { ...member.names, en: 'Renamed' } })).rejects.toMatchObject({
      issues: [{ message: 'validation.secretariatOnly' }],
    });
    // Older builds could write such a change with the branch's own clock; it must not travel.
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
    const contact = await createContact(branch.db, { name: '佐藤', languages: ['ja'] });
    const membersBefore = JSON.stringify(await pohang.db.members.toArray());

    const bundle = await exportBundle(branch.store, branch.identity, { recipient: pohang.identity.installationId });
    expect(bundle.counts).toMatchObject({ members: 0, contacts: 1 });
    const opened = await openBundle(bundle.text);
    expect(opened.segments.flatMap((segment) => segment.body.changes.map((change) => `${change.collection}/${change.id}`))).toEqual([`contacts/${contact.id}`]);
    const summary = await applyImport(pohang.store, opened, pohang.identity);
    // Never sealed, so there is nothing to refuse: the change stays on the branch laptop.
    expect(summary.refusals).toEqual([]);
    expect(summary.perCollection.contacts.added).toBe(1);
    expect(summary.perCollection.members).toEqual({ added: 0, changed: 0, deleted: 0, unchanged: 0 });
    expect(JSON.stringify(await pohang.db.members.toArray())).toBe(membersBefore);
    expect((await pohang.db.contacts.get(contact.id))?.name).toBe('佐藤');
  });

  it('refuses a branch office’s change to a member but applies its contact in the same bundle', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const branch = await office('Hyogo', 'branch');
    await send(pohang, branch);
    await send(branch, pohang);
    const member = (await branch.db.members.toCollection().first())!;
    // A segment its own key signed (a modified build, or the key in the wrong hands): a rename and a contact.
    const clock = formatHlc({ millis: Date.now(), counter: 0, node: branch.identity.installationId });
    const contactId = crypto.randomUUID();
    const changes: Change[] = [
      { collection: 'members', id: member.id, clocks: { names: clock }, values: { names: { ...member.names, en: 'Renamed by Hyogo' } }, seen: member.versions },
      { collection: 'contacts', id: contactId, clocks: { name: clock, languages: clock }, values: { name: '佐藤', languages: ['ja'] }, seen: {} },
    ];
    const opened = await openBundle(await signedByItself(branch, changes));
    expect(opened.segments.map((segment) => segment.valid)).toEqual([true]);
    const membersBefore = JSON.stringify(await pohang.db.members.toArray());

    const summary = await applyImport(pohang.store, opened, pohang.identity);
    expect(summary.refusals).toEqual([
      expect.objectContaining({ collection: 'members', recordId: member.id, fields: ['names'], origin: branch.identity.installationId }),
    ]);
    expect(summary.unattributed).toEqual([]);
    expect(summary.perCollection.contacts.added).toBe(1);
    expect(JSON.stringify(await pohang.db.members.toArray())).toBe(membersBefore);
    expect((await pohang.db.contacts.get(contactId))?.name).toBe('佐藤');
    expect((await pohang.db.syncLog.get(summary.logId))?.refused).toBe(1);
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
    const installationId = '11111111-1111-4111-8111-111111111111';
    const old = new Dexie(name);
    migration001(old);
    migration002(old);
    await old.open();
    await old.table('meta').put({ key: 'installation', id: installationId, createdAt: '2025-11-01T00:00:00.000Z' });
    const clock = `1763000000000-0001-${installationId}`;
    await old.table('contacts').add({
      id: '22222222-2222-4222-8222-222222222222', name: 'Lee', languages: [], createdAt: '2025-11-13T00:00:00.000Z',
      createdBy: installationId, updatedAt: '2025-11-13T00:00:00.000Z',
      updatedBy: installationId, hlc: clock, fieldClocks: { name: clock, languages: clock }, deleted: 1,
      deletedAt: '2025-11-13T00:00:00.000Z', deletedBy: installationId,
    });
    old.close();
    const db = new NearDatabase(name, MIGRATIONS);
    expect(await openDatabase(db)).toEqual({ ok: true, installationId });
    const row = await db.contacts.get('22222222-2222-4222-8222-222222222222');
    expect(row?.versions).toEqual({ [installationId]: clock });
    expect(row?.fieldClocks.deleted).toBe(clock);
    // The first export seals the installation's whole history, the deletion with its clock.
    await saveProfile(db, { office: 'Pohang', person: 'Pohang staff', role: 'secretariat' });
    await ensureSigningKey(db);
    const loaded = await loadIdentity(db);
    if (!('identity' in loaded)) throw new Error(`identity missing: ${loaded.missing}`);
    const bundle = await exportBundle(new DexieSyncStore(db), loaded.identity, { full: true });
    expect(bundle.counts.contacts).toBe(1);
    const [segment] = (await openBundle(bundle.text)).segments;
    expect(segment.body.author.installationId).toBe(installationId);
    expect(segment.body.changes).toEqual([
      expect.objectContaining({ collection: 'contacts', clocks: { name: clock, languages: clock, deleted: clock }, values: { name: 'Lee', languages: [], deleted: 1 } }),
    ]);
    db.close();
  });

  it('brings clocks an older version let run to the year 2286 back to now when upgrading to version 5', async () => {
    const name = `near-desk-upgrade-5-${Date.now()}`;
    const v4 = new NearDatabase(name, MIGRATIONS.slice(0, 4));
    const opened = await openDatabase(v4);
    if (!opened.ok) throw new Error(opened.failure.detail);
    const self = opened.installationId;
    const peer = crypto.randomUUID();
    const future = (node: string) => `9999999999999-fffe-${node}`;
    await saveProfile(v4, { office: 'Pohang', person: 'Pohang staff', role: 'secretariat' });
    const member = await createMember(v4, hyogo);
    // As a far-future bundle left it: this laptop's clock, one of its own fields, and another office's contact.
    await v4.members.put({ ...member, hlc: future(self), fieldClocks: { ...member.fieldClocks, names: future(self) }, versions: { [self]: future(self) } });
    const contactId = crypto.randomUUID();
    await v4.contacts.put({
      id: contactId, name: 'Tanaka', languages: ['ja'], createdAt: member.createdAt, createdBy: peer, updatedAt: member.createdAt, updatedBy: peer,
      hlc: future(peer), fieldClocks: { name: future(peer), languages: future(peer) }, versions: { [peer]: future(peer) }, deleted: 0,
    });
    await v4.meta.put({ key: 'clock', hlc: future(self) });
    // What version 4 kept of sync: its own knowledge and each office's, as version vectors.
    await v4.table('meta').put({ key: 'knowledge', versions: { [self]: future(self), [peer]: future(peer) } });
    await v4.table('peers').put({
      installationId: peer, office: 'Hyogo', person: 'Hyogo staff', role: 'branch', publicKey: 'A'.repeat(43) + '=', fingerprint: '',
      status: 'trusted', trustedAt: member.createdAt, knowledge: { [peer]: future(peer) },
    });
    v4.close();

    const before = Date.now();
    const db = new NearDatabase(name);
    expect((await openDatabase(db)).ok).toBe(true);
    const after = Date.now();
    const isNow = (clock: string, node: string) => {
      const { millis, node: owner } = parseHlc(clock);
      return owner === node && millis >= before && millis <= after;
    };
    const clock = await db.meta.get('clock');
    expect(clock?.key === 'clock' && isNow(clock.hlc, self)).toBe(true);
    const repaired = (await db.members.get(member.id))!;
    expect(isNow(repaired.fieldClocks.names, self)).toBe(true);
    expect(repaired.hlc).toBe(repaired.fieldClocks.names);
    expect(repaired.fieldClocks.country).toBe(member.fieldClocks.country);
    expect(repaired.names).toEqual(member.names);
    const contact = (await db.contacts.get(contactId))!;
    expect(isNow(contact.fieldClocks.name, peer) && isNow(contact.fieldClocks.languages, peer)).toBe(true);
    expect(contact.name).toBe('Tanaka');

    // Local edits work again (at 2286 the second one overflowed the clock) and win over the repaired clocks.
    await updateMember(db, member.id, { ...hyogo, names: { ...hyogo.names, en: 'Hyogo (first edit)' } });
    const edited = await updateMember(db, member.id, { ...hyogo, names: { ...hyogo.names, en: 'Hyogo (second edit)' } });
    expect(edited.names.en).toBe('Hyogo (second edit)');
    expect(edited.fieldClocks.names > repaired.fieldClocks.names).toBe(true);
    expect(parseHlc(edited.fieldClocks.names).millis - Date.now()).toBeLessThanOrEqual(0);

    expect(await db.table('meta').get('knowledge')).toBeUndefined();
    expect(await db.meta.get('seal')).toEqual({ key: 'seal', seq: 0, clock: '' });
    expect((await db.peers.get(peer))?.knowledge).toEqual({});
    db.close();
  });

  it('refuses an import that is not allowed to proceed, with the reason, before touching anything', async () => {
    const pohang = await office('Pohang', 'secretariat', true);
    const bundle = await exportBundle(pohang.store, pohang.identity, {});
    await expect(applyImport(pohang.store, await openBundle(bundle.text), pohang.identity)).rejects.toBeInstanceOf(BundleRefused);
    await expect(applyImport(pohang.store, await openBundle(bundle.text), pohang.identity)).rejects.toMatchObject({ reason: 'ownBundle' });
  });
});
