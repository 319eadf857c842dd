import { describe, expect, it } from 'vitest';
import { BundleRefused } from '../../../../shared/sync/bundle-errors';
import { generateSigningKey } from '../../../../shared/sync/signing';
import { exportBundle, heldKnowledge } from '../../../../shared/sync/export';
import { hlcTime } from '../../../../shared/sync/hlc';
import {
  applyImport,
  applyImportedAgain,
  openBundle,
  openEnvelope,
  planImport,
  recogniseImported,
  startSession,
  type ImportOptions,
  type OpenedBundle,
} from '../../../../shared/sync/import';
import { MAX_AHEAD_MS } from '../../../../shared/sync/limits';
import type { MemoryState } from '../../../../shared/sync/memory-store';
import {
  createLocal,
  createMany,
  dataOf,
  deleteLocal,
  editLocal,
  exchange,
  makeReplica,
  recordOf,
  sample,
  type Replica,
} from './replica';

/** A deep copy of everything a replica holds, to prove a refused import left no trace. */
const snapshotOf = (replica: Replica): MemoryState => structuredClone(replica.store.snapshot());

/** Exports from `from` for `to`, then checks that importing it there is refused for `reason` and changes nothing. */
async function expectRefusedUntouched(from: Replica, to: Replica, reason: BundleRefused['reason'], options: ImportOptions = {}) {
  const bundle = await exportBundle(from.store, from.identity, { recipient: to.identity.installationId });
  const opened = await openBundle(bundle.text);
  const before = snapshotOf(to);
  const error = await applyImport(to.store, opened, to.identity, options).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BundleRefused);
  expect((error as BundleRefused).reason).toBe(reason);
  expect(snapshotOf(to)).toEqual(before);
}

/** Each office makes a bundle for the other before either imports: the bundles cross. */
async function crossedBundles(a: Replica, b: Replica): Promise<[OpenedBundle, OpenedBundle]> {
  const forB = await exportBundle(a.store, a.identity, { recipient: b.identity.installationId });
  const forA = await exportBundle(b.store, b.identity, { recipient: a.identity.installationId });
  return [await openBundle(forB.text), await openBundle(forA.text)];
}

const contacts = (count: number, prefix = 'Contact') => Array.from({ length: count }, (_, index) => sample.contact(`${prefix} ${index}`));

/** The changes an opened bundle carries, over all its segments. */
const changesIn = (opened: OpenedBundle) => opened.segments.flatMap((segment) => segment.body.changes);

/** What a replica holds of one installation's segments, as its own knowledge states it. */
const heldOf = async (replica: Replica, author: Replica) => (await heldKnowledge(replica.store)).knowledge[author.identity.installationId];

describe('incremental export', () => {
  it('after a full exchange, carries only the changes made since (10 of 1,000)', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const records = await createMany(pohang, 'contacts', contacts(1000));

    const full = await exchange(pohang, hyogo);
    expect(full.bundle).toMatchObject({ full: true, segments: 1, counts: { contacts: 1000 } });
    expect(full.summary.counts.added).toBe(1000);
    // Hyogo answers; it has nothing Pohang lacks, and now Pohang knows what Hyogo has.
    const answer = await exchange(hyogo, pohang);
    expect(answer.bundle).toMatchObject({ full: false, segments: 0, counts: { contacts: 0 } });

    const edited = records.filter((_, index) => index % 100 === 7);
    for (const record of edited) await editLocal(pohang, 'contacts', record.id, { phone: '+82 54 880 2000' });

    const next = await exchange(pohang, hyogo);
    expect(next.bundle).toMatchObject({ full: false, segments: 1 });
    expect(changesIn(next.opened).map((change) => change.id).sort()).toEqual(edited.map((record) => record.id).sort());
    // Only the field that changed travels, signed by the office that changed it.
    expect(changesIn(next.opened).every((change) => Object.keys(change.clocks).join() === 'phone')).toBe(true);
    expect(Object.values(next.bundle.counts).reduce((sum, count) => sum + count, 0)).toBe(10);
    // 1% of the records plus a fixed header: far below a twentieth of the full bundle.
    expect(next.bundle.bytes).toBeLessThan(full.bundle.bytes / 20);
    expect(next.summary.counts).toEqual({ added: 0, changed: 10, deleted: 0, unchanged: 0 });
    expect(dataOf(hyogo.store)).toEqual(dataOf(pohang.store));
  });

  it('falls back to a full bundle for an office never heard from, and when asked for one', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    await createMany(pohang, 'contacts', contacts(3));
    const unknown = await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId });
    expect(unknown).toMatchObject({ full: true, counts: { contacts: 3 } });

    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);
    const asked = await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId, full: true });
    expect(asked).toMatchObject({ full: true, counts: { contacts: 3 } });
  });
});

describe('gaps', () => {
  it('applies a bundle made for someone who had more, and lists the offices whose changes it skipped', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const vladivostok = await makeReplica('Vladivostok', 'seconded');

    const first = await createMany(pohang, 'contacts', contacts(5, 'First'));
    await createLocal(hyogo, 'contacts', sample.contact('From Hyogo'));
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);
    const second = await createMany(pohang, 'contacts', contacts(5, 'Second'));

    // Made for Hyogo, which has the first five and its own contact: it carries only the second five.
    const forHyogo = await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId });
    expect(forHyogo).toMatchObject({ segments: 1, counts: { contacts: 5 } });
    const opened = await openBundle(forHyogo.text);
    expect(opened.upTo[pohang.identity.installationId].seqs).toEqual([[1, 2]]);

    // Vladivostok never had the first five.
    const summary = await applyImport(vladivostok.store, opened, vladivostok.identity, { trustSender: true });
    // It also assumed Vladivostok had what Hyogo had sent Pohang: Hyogo is a gap too.
    expect([...summary.gaps].sort()).toEqual([pohang.identity.installationId, hyogo.identity.installationId].sort());
    expect(summary.counts.added).toBe(5);
    expect(Boolean(await recordOf(vladivostok, 'contacts', second[0].id))).toBe(true);
    expect(await recordOf(vladivostok, 'contacts', first[0].id)).toBeUndefined();
    // What it holds is what it took in, not what the sender said it holds.
    expect((await heldOf(vladivostok, pohang)).seqs).toEqual([[2, 2]]);
    expect(vladivostok.store.snapshot().log.at(-1)?.gaps).toEqual(summary.gaps);

    // Hyogo, for which it was made, takes it without a gap and holds what Pohang holds.
    const atHyogo = await applyImport(hyogo.store, opened, hyogo.identity);
    expect(atHyogo.gaps).toEqual([]);
    expect(await heldOf(hyogo, pohang)).toEqual(opened.upTo[pohang.identity.installationId]);

    // A proper exchange afterwards still delivers the first five, and Hyogo's contact once
    // Vladivostok trusts Hyogo's key for the segment Pohang passes on.
    await exchange(vladivostok, pohang);
    const repair = await exchange(pohang, vladivostok, {
      import: { trustAuthors: [{ installationId: hyogo.identity.installationId, publicKey: hyogo.identity.publicKey }] },
    });
    expect(repair.bundle).toMatchObject({ full: false, segments: 2 });
    expect(repair.summary.gaps).toEqual([]);
    expect(repair.summary.counts.added).toBe(6);
    expect(dataOf(vladivostok.store).contacts).toEqual(dataOf(pohang.store).contacts);
    expect(await heldOf(vladivostok, pohang)).toEqual(repair.opened.upTo[pohang.identity.installationId]);
  });
});

describe('refused bundles leave the database untouched', () => {
  it('refuses an office seen for the first time unless the person trusts it', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    await createLocal(hyogo, 'contacts', sample.contact());
    await createLocal(pohang, 'contacts', sample.contact('Already here'));
    await expectRefusedUntouched(hyogo, pohang, 'untrusted');
    await expectRefusedUntouched(hyogo, pohang, 'untrusted', { trustSender: false });

    const plan = await planImport(pohang.store, await openBundle((await exportBundle(hyogo.store, hyogo.identity)).text), pohang.identity);
    expect(plan).toMatchObject({ senderStatus: 'new', fingerprint: hyogo.identity.fingerprint, sender: { office: 'Hyogo', role: 'branch' } });
  });

  it('refuses a revoked office', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    await createLocal(hyogo, 'contacts', sample.contact());
    await exchange(hyogo, pohang);
    await pohang.store.write(async (writer) => {
      const [peer] = await writer.peers();
      await writer.putPeer({ ...peer, status: 'revoked', revokedAt: new Date().toISOString() });
    });
    await editLocal(hyogo, 'contacts', dataOf(hyogo.store).contacts[0].id, { name: 'Changed after revocation' });
    await expectRefusedUntouched(hyogo, pohang, 'revoked');
    await expectRefusedUntouched(hyogo, pohang, 'revoked', { trustSender: true });
  });

  it('refuses a known office whose key changed', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    await createLocal(hyogo, 'contacts', sample.contact());
    await exchange(hyogo, pohang);

    const key = await generateSigningKey();
    const impostor: Replica = {
      identity: { ...hyogo.identity, publicKey: key.publicKey, privateKey: key.privateKey, fingerprint: key.fingerprint },
      store: hyogo.store,
    };
    await editLocal(impostor, 'contacts', dataOf(hyogo.store).contacts[0].id, { name: 'Forged' });
    await expectRefusedUntouched(impostor, pohang, 'keyChanged', { trustSender: true });
  });

  it("refuses this installation's own bundle", async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    await createLocal(pohang, 'contacts', sample.contact());
    await expectRefusedUntouched(pohang, pohang, 'ownBundle', { trustSender: true });
  });

  it('asks before a mass deletion (more than half of what is here, and more than ten)', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const records = await createMany(pohang, 'contacts', contacts(30));
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);
    for (const record of records.slice(0, 16)) await deleteLocal(pohang, 'contacts', record.id);

    const opened = await openBundle((await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId })).text);
    const plan = await planImport(hyogo.store, opened, hyogo.identity);
    expect(plan).toMatchObject({ massDelete: true, counts: { deleted: 16 } });
    await expectRefusedUntouched(pohang, hyogo, 'massDelete');

    const summary = await applyImport(hyogo.store, opened, hyogo.identity, { allowMassDelete: true });
    expect(summary.counts.deleted).toBe(16);
    expect(await hyogo.store.read((reader) => reader.countLive('contacts'))).toBe(14);
  });

  it('does not call it a mass deletion when less than half would go, or ten or fewer', async () => {
    for (const [total, deleted] of [
      [30, 12],
      [15, 10],
    ]) {
      const pohang = await makeReplica('Pohang', 'secretariat');
      const hyogo = await makeReplica('Hyogo', 'branch');
      const records = await createMany(pohang, 'contacts', contacts(total));
      await exchange(pohang, hyogo);
      await exchange(hyogo, pohang);
      for (const record of records.slice(0, deleted)) await deleteLocal(pohang, 'contacts', record.id);

      const opened = await openBundle((await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId })).text);
      expect((await planImport(hyogo.store, opened, hyogo.identity)).massDelete).toBe(false);
      const summary = await applyImport(hyogo.store, opened, hyogo.identity);
      expect(summary).toMatchObject({ massDelete: false, counts: { deleted } });
    }
  });

  it('measures a mass deletion across the bundles of one session', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const records = await createMany(pohang, 'contacts', contacts(30));
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);

    for (const record of records.slice(0, 8)) await deleteLocal(pohang, 'contacts', record.id);
    const first = await openBundle((await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId })).text);
    for (const record of records.slice(8, 16)) await deleteLocal(pohang, 'contacts', record.id);
    const second = await openBundle((await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId })).text);

    const session = await startSession(hyogo.store);
    expect(session).toEqual({ liveBefore: 30, deleted: 0 });
    expect(await applyImport(hyogo.store, first, hyogo.identity, { session })).toMatchObject({ massDelete: false, sessionDeleted: 8 });
    expect(session.deleted).toBe(8);
    // The second bundle alone deletes eight of the twenty-two left: not a mass deletion.
    expect(await planImport(hyogo.store, second, hyogo.identity)).toMatchObject({ massDelete: false, counts: { deleted: 8 } });
    // In the session, sixteen of the thirty that were here when it began.
    expect(await planImport(hyogo.store, second, hyogo.identity, { session })).toMatchObject({ massDelete: true, sessionDeleted: 16 });
    const before = snapshotOf(hyogo);
    await expect(applyImport(hyogo.store, second, hyogo.identity, { session })).rejects.toMatchObject({ reason: 'massDelete', details: { deleted: 16 } });
    expect(snapshotOf(hyogo)).toEqual(before);
    expect(session.deleted).toBe(8);
    expect(await applyImport(hyogo.store, second, hyogo.identity, { session, allowMassDelete: true })).toMatchObject({ massDelete: true, sessionDeleted: 16 });
    expect(await hyogo.store.read((reader) => reader.countLive('contacts'))).toBe(14);
  });

  it('previews an import without changing anything', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    await createMany(pohang, 'contacts', contacts(4));
    const before = snapshotOf(hyogo);
    const opened = await openBundle((await exportBundle(pohang.store, pohang.identity)).text);
    const plan = await planImport(hyogo.store, opened, hyogo.identity);
    expect(plan.counts).toEqual({ added: 4, changed: 0, deleted: 0, unchanged: 0 });
    expect(snapshotOf(hyogo)).toEqual(before);
  });
});

describe('a bundle imported again', () => {
  it('is recognised from its envelope, counted as the full preview counts it, and logged without reading its content', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    await createMany(pohang, 'contacts', contacts(30));
    const first = await exchange(pohang, hyogo);
    expect(first.summary.counts.added).toBe(30);

    // Its content is not read: one that could not be parsed changes nothing below.
    const envelope = await openEnvelope(first.bundle.text);
    envelope.file.contentText = '{"upTo":';
    const recognised = await recogniseImported(hyogo.store, envelope, hyogo.identity);
    // What the full path says of the same bundle, for comparison: the same counts, the same date.
    const full = await planImport(hyogo.store, await openBundle(first.bundle.text), hyogo.identity);
    expect(recognised).not.toBeNull();
    expect(recognised!.counts).toEqual(full.counts);
    expect(recognised!.perCollection).toEqual(full.perCollection);
    expect(recognised!.importedBefore).toBe(full.importedBefore);

    const before = snapshotOf(hyogo);
    const again = await applyImportedAgain(hyogo.store, envelope, hyogo.identity);
    expect(again?.counts).toEqual({ added: 0, changed: 0, deleted: 0, unchanged: 30 });
    const after = snapshotOf(hyogo);
    expect(after.log).toHaveLength(before.log.length + 1);
    expect(dataOf(hyogo.store)).toEqual(dataOf(pohang.store));
    expect({ ...after, log: [], peers: [] }).toEqual({ ...before, log: [], peers: [] });
    // Recognised again the time after: the new log entry stands for the same file.
    expect(await recogniseImported(hyogo.store, await openEnvelope(first.bundle.text), hyogo.identity)).not.toBeNull();
  });

  it('is read in full when the first import left changes out, when the sender is not trusted, and under another signature', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const seoul = await makeReplica('Seoul', 'seconded');
    await createMany(pohang, 'contacts', contacts(3));
    await exchange(pohang, hyogo);

    // Hyogo passes Pohang's changes on to Seoul, which does not know Pohang: they are left out.
    const relayed = await exchange(hyogo, seoul);
    expect(relayed.summary.unattributed).toHaveLength(1);
    expect(await recogniseImported(seoul.store, await openEnvelope(relayed.bundle.text), seoul.identity)).toBeNull();
    // Trusting Pohang now, the same file brings in what was left out: it must be read again.
    const trusted = await applyImport(seoul.store, await openBundle(relayed.bundle.text), seoul.identity, {
      trustAuthors: [{ installationId: pohang.identity.installationId, publicKey: pohang.identity.publicKey }],
    });
    expect(trusted.counts.added).toBe(3);

    // An office that never imported it, and does not trust its sender, reads it in full.
    const hyogoBundle = await exportBundle(hyogo.store, hyogo.identity, { full: true });
    const stranger = await makeReplica('Vladivostok', 'seconded');
    expect(await recogniseImported(stranger.store, await openEnvelope(hyogoBundle.text), stranger.identity)).toBeNull();

    // The log vouches only for the file whose signature it recorded.
    const first = await exchange(pohang, seoul);
    const envelope = await openEnvelope(first.bundle.text);
    expect(await recogniseImported(seoul.store, envelope, seoul.identity)).not.toBeNull();
    const otherSignature = (await openEnvelope(hyogoBundle.text)).file.signature;
    const sameIdOtherFile = { ...envelope, file: { ...envelope.file, signature: otherSignature } };
    expect(await recogniseImported(seoul.store, sameIdOtherFile, seoul.identity)).toBeNull();
    expect(await applyImportedAgain(seoul.store, sameIdOtherFile, seoul.identity)).toBeNull();
  });
});

describe('what only the secretariat may change', () => {
  async function setUp() {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const member = await createLocal(pohang, 'members', sample.member('Gyeongsangbuk-do'));
    const other = await createLocal(pohang, 'members', sample.member('Gangwon-do'));
    const committee = await createLocal(pohang, 'committees', sample.committee([member.id]));
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);
    return { pohang, hyogo, member, other, committee };
  }

  const trusting = (office: Replica) => ({ installationId: office.identity.installationId, publicKey: office.identity.publicKey });

  it('never sends a branch office\'s own changes to members and coordinators, and applies the rest of its bundle', async () => {
    const { pohang, hyogo, member, other, committee } = await setUp();
    await editLocal(hyogo, 'members', member.id, { names: { en: 'Renamed by Hyogo', native: '경상북도' } });
    await editLocal(hyogo, 'committees', committee.id, { coordinatorIds: [member.id, other.id] });
    await deleteLocal(hyogo, 'members', other.id);
    await createLocal(hyogo, 'members', { names: { en: 'Hyogo', native: '兵庫県' }, country: 'JP', kind: 'member' });
    const contact = await createLocal(hyogo, 'contacts', sample.contact('Tanaka'));
    const visit = await createLocal(hyogo, 'visits', sample.visit('Study tour'));
    const before = dataOf(pohang.store);

    const { bundle, opened, summary } = await exchange(hyogo, pohang);

    expect(bundle.counts).toMatchObject({ members: 0, committees: 0, contacts: 1, visits: 1 });
    const sent = changesIn(opened).flatMap((change) => Object.keys(change.clocks).map((field) => `${change.collection}.${field}`));
    expect(sent.filter((field) => /^members\.|^committees\.coordinatorIds$/.test(field))).toEqual([]);
    expect(sent).toContain('contacts.name');
    expect(summary.refusals).toEqual([]);
    const after = dataOf(pohang.store);
    expect(after.members).toEqual(before.members);
    expect(after.committees).toEqual(before.committees);
    expect(after.contacts.map((record) => record.id)).toEqual([contact.id]);
    expect(after.visits.map((record) => record.id)).toEqual([visit.id]);
    expect(summary.counts).toMatchObject({ added: 2, changed: 0, deleted: 0 });
  });

  it("replaces a branch office's own copy of a member with the secretariat's, whatever the clocks", async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    // Both loaded the same member from the sample; Hyogo later, so its copy carries the later clocks.
    const id = crypto.randomUUID();
    await createLocal(pohang, 'members', sample.member('Gyeongsangbuk-do'), { id });
    await createLocal(hyogo, 'members', sample.member('Sample name'), { id, now: () => new Date(Date.now() + 60_000) });

    // Hyogo never seals its copy (a branch office's members are not its own to send) ...
    const toPohang = await exchange(hyogo, pohang);
    expect(toPohang.bundle.counts.members).toBe(0);
    expect((await recordOf(pohang, 'members', id))?.names).toMatchObject({ en: 'Gyeongsangbuk-do' });

    // ... and takes Pohang's in its place, with no conflict to review.
    const { summary } = await exchange(pohang, hyogo);
    expect(summary.conflicts).toBe(0);
    const [atPohang, atHyogo] = [await recordOf(pohang, 'members', id), await recordOf(hyogo, 'members', id)];
    expect(atHyogo?.names).toEqual({ en: 'Gyeongsangbuk-do', native: '경상북도' });
    expect(atHyogo?.fieldClocks).toEqual(atPohang?.fieldClocks);
    expect(atHyogo).toMatchObject({ createdBy: pohang.identity.installationId, createdAt: atPohang?.createdAt });
  });

  it('lets a branch office change what is not reserved, such as a committee name', async () => {
    const { pohang, hyogo, committee } = await setUp();
    await editLocal(hyogo, 'committees', committee.id, { names: { en: 'Economy, Trade and Tourism' } });
    const { summary } = await exchange(hyogo, pohang);
    expect(summary.refusals).toEqual([]);
    expect((await recordOf(pohang, 'committees', committee.id))?.names).toEqual({ en: 'Economy, Trade and Tourism' });
  });

  it("applies the secretariat's membership changes relayed by a branch office, where the secretariat's key is trusted", async () => {
    const { pohang, hyogo, member, other, committee } = await setUp();
    const khabarovsk = await makeReplica('Khabarovsk', 'branch');
    await exchange(pohang, khabarovsk); // Khabarovsk trusts Pohang, the secretariat

    await editLocal(pohang, 'members', member.id, { names: { en: 'Gyeongbuk', native: '경상북도' }, admittedYear: 1996 });
    await editLocal(pohang, 'committees', committee.id, { coordinatorIds: [member.id, other.id] });
    const joined = await createLocal(pohang, 'members', { names: { en: 'Tuv', native: 'Төв' }, country: 'MN', kind: 'member' });
    await exchange(pohang, hyogo);

    const { summary } = await exchange(hyogo, khabarovsk);
    expect(summary.refusals).toEqual([]);
    expect(summary.unattributed).toEqual([]);
    expect(await recordOf(khabarovsk, 'members', member.id)).toMatchObject({ names: { en: 'Gyeongbuk' }, admittedYear: 1996 });
    expect(await recordOf(khabarovsk, 'members', joined.id)).toMatchObject({ names: { en: 'Tuv' }, deleted: 0 });
    expect((await recordOf(khabarovsk, 'committees', committee.id))?.coordinatorIds).toEqual([member.id, other.id]);
    expect(dataOf(khabarovsk.store).members).toEqual(dataOf(pohang.store).members);
  });

  it('leaves out changes relayed from an office it does not know, until the person trusts their author', async () => {
    const { pohang, hyogo, member } = await setUp();
    const seoul = await makeReplica('Seoul', 'seconded');
    await editLocal(pohang, 'members', member.id, { notes: 'Relayed by Hyogo' });
    await exchange(pohang, hyogo);
    const before = dataOf(seoul.store);

    const { opened, summary } = await exchange(hyogo, seoul);
    expect(summary.unattributed).toEqual([
      expect.objectContaining({
        reason: 'unknown',
        installationId: pohang.identity.installationId,
        office: 'Pohang',
        role: 'secretariat',
        publicKey: pohang.identity.publicKey,
        fingerprint: pohang.identity.fingerprint,
        segments: 2,
        changes: 4,
      }),
    ]);
    expect(summary.counts.added).toBe(0);
    expect(dataOf(seoul.store)).toEqual(before);
    // Hyogo, which sent the bundle, is trusted now; Pohang, which signed the changes, is not.
    expect((await seoul.store.read((reader) => reader.peers())).map((peer) => peer.installationId)).toEqual([hyogo.identity.installationId]);

    const trusted = await applyImport(seoul.store, opened, seoul.identity, { trustAuthors: [trusting(pohang)] });
    expect(trusted.unattributed).toEqual([]);
    expect(trusted.counts.added).toBe(3);
    expect(await recordOf(seoul, 'members', member.id)).toMatchObject({ notes: 'Relayed by Hyogo' });
    expect(dataOf(seoul.store).members).toEqual(dataOf(pohang.store).members);
    const peers = await seoul.store.read((reader) => reader.peers());
    expect(peers.find((peer) => peer.installationId === pohang.identity.installationId)).toMatchObject({
      role: 'secretariat',
      status: 'trusted',
      fingerprint: pohang.identity.fingerprint,
      introducedBy: hyogo.identity.installationId,
    });
  });

  it('trusts a relayed author only with the key the person confirmed', async () => {
    const { pohang, hyogo } = await setUp();
    const seoul = await makeReplica('Seoul', 'seconded');
    const { opened } = await exchange(hyogo, seoul);
    const otherKey = await generateSigningKey();
    const summary = await applyImport(seoul.store, opened, seoul.identity, {
      trustAuthors: [{ installationId: pohang.identity.installationId, publicKey: otherKey.publicKey }],
    });
    expect(summary.unattributed).toEqual([expect.objectContaining({ reason: 'unknown', installationId: pohang.identity.installationId })]);
    expect(dataOf(seoul.store).members).toEqual([]);
  });

  it('keeps the role it trusted an office with, whatever role its later bundles claim', async () => {
    const { pohang, hyogo, member } = await setUp();
    const claimsSecretariat: Replica = { ...hyogo, identity: { ...hyogo.identity, role: 'secretariat' } };
    await editLocal(claimsSecretariat, 'members', member.id, { notes: 'Hyogo says it is the secretariat now' });
    const { summary } = await exchange(claimsSecretariat, pohang);
    expect(summary.refusals).toEqual([expect.objectContaining({ collection: 'members', recordId: member.id, fields: ['notes'], origin: hyogo.identity.installationId })]);
    expect((await recordOf(pohang, 'members', member.id))?.notes).toBeUndefined();
    expect(pohang.store.snapshot().log.at(-1)?.refused).toBe(1);
    const peers = await pohang.store.read((reader) => reader.peers());
    expect(peers.find((peer) => peer.installationId === hyogo.identity.installationId)?.role).toBe('branch');
  });

  it('leaves out membership changes relayed from a secretariat installation that was revoked here, even if asked to trust it', async () => {
    const { pohang, hyogo, member } = await setUp();
    const khabarovsk = await makeReplica('Khabarovsk', 'branch');
    await exchange(pohang, khabarovsk);
    await khabarovsk.store.write(async (writer) => {
      const peer = (await writer.peers()).find((entry) => entry.installationId === pohang.identity.installationId)!;
      await writer.putPeer({ ...peer, status: 'revoked', revokedAt: new Date().toISOString() });
    });
    await editLocal(pohang, 'members', member.id, { notes: 'Changed by the old secretariat laptop' });
    await exchange(pohang, hyogo);

    const { summary } = await exchange(hyogo, khabarovsk, { import: { trustAuthors: [trusting(pohang)] } });
    expect(summary.refusals).toEqual([]);
    expect(summary.unattributed).toEqual([
      expect.objectContaining({ reason: 'revoked', installationId: pohang.identity.installationId, segments: 1, changes: 1 }),
    ]);
    expect((await recordOf(khabarovsk, 'members', member.id))?.notes).toBeUndefined();
  });
});

describe('traceability and conflicts', () => {
  it('marks each applied record with the bundle it came from and logs who sent it', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat', 'Ms Park');
    const hyogo = await makeReplica('Hyogo', 'branch', 'Mr Tanaka');
    const contact = await createLocal(pohang, 'contacts', sample.contact('김민준'));
    const { bundle, summary } = await exchange(pohang, hyogo);

    const stored = await recordOf(hyogo, 'contacts', contact.id);
    expect(stored).toMatchObject({ syncedFrom: bundle.bundleId, updatedBy: pohang.identity.installationId, name: '김민준' });
    const entry = hyogo.store.snapshot().log.find((line) => line.id === summary.logId);
    expect(entry).toMatchObject({
      direction: 'import',
      bundleId: bundle.bundleId,
      peerId: pohang.identity.installationId,
      office: 'Pohang',
      person: 'Ms Park',
      full: true,
      encrypted: false,
      records: 1,
      changes: { added: 1, changed: 0, deleted: 0, unchanged: 0 },
      gaps: [],
    });
    // The same size is logged on both sides, whatever script the names are in.
    expect(entry?.bytes).toBe(bundle.bytes);
    const exported = pohang.store.snapshot().log.find((line) => line.bundleId === bundle.bundleId);
    expect(exported).toMatchObject({ direction: 'export', full: true, bytes: bundle.bytes, records: 1 });

    // The sender is now a trusted office, with its fingerprint and what it had.
    const [peer] = await hyogo.store.read((reader) => reader.peers());
    expect(peer).toMatchObject({
      installationId: pohang.identity.installationId,
      office: 'Pohang',
      role: 'secretariat',
      status: 'trusted',
      fingerprint: pohang.identity.fingerprint,
    });
    expect(peer.knowledge[pohang.identity.installationId]).toBeTruthy();

    // A record only re-sent, not changed, keeps the bundle it really came from.
    const again = await exchange(pohang, hyogo, { full: true });
    expect(again.summary.counts).toMatchObject({ added: 0, changed: 0, unchanged: 1 });
    expect((await recordOf(hyogo, 'contacts', contact.id))?.syncedFrom).toBe(bundle.bundleId);
  });

  it('keeps conflicts for review, and resolves them when a later edit has seen both values', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat', 'Ms Park');
    const hyogo = await makeReplica('Hyogo', 'branch', 'Mr Tanaka');
    const contact = await createLocal(pohang, 'contacts', sample.contact());
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);

    expect(await editLocal(pohang, 'contacts', contact.id, { name: 'KIM Minjun' })).toEqual(['name']);
    expect(await editLocal(hyogo, 'contacts', contact.id, { name: 'Minjun Kim', languages: ['ko', 'ja'] })).toEqual(['languages', 'name']);

    // The two bundles cross in the post: each office merges the other's edit into its own.
    const [fromPohang, fromHyogo] = await crossedBundles(pohang, hyogo);
    const atHyogo = await applyImport(hyogo.store, fromPohang, hyogo.identity);
    const atPohang = await applyImport(pohang.store, fromHyogo, pohang.identity);
    expect([atHyogo.conflicts, atPohang.conflicts]).toEqual([1, 1]);

    const [open] = await hyogo.store.read((reader) => reader.openConflicts());
    expect(open).toMatchObject({
      collection: 'contacts',
      recordId: contact.id,
      field: 'name',
      bundleId: fromPohang.file.bundleId,
      office: 'Pohang',
      person: 'Ms Park',
      status: 'open',
    });
    expect([open.kept, open.other].sort()).toEqual(['KIM Minjun', 'Minjun Kim']);
    const [mirror] = await pohang.store.read((reader) => reader.openConflicts());
    expect(mirror).toMatchObject({ field: 'name', kept: open.kept, other: open.other, office: 'Hyogo', person: 'Mr Tanaka' });
    // The same winner on both sides, and the unrelated field edited in Hyogo survives.
    for (const replica of [pohang, hyogo]) {
      expect(await recordOf(replica, 'contacts', contact.id)).toMatchObject({ name: open.kept, languages: ['ko', 'ja'] });
    }

    // Pohang settles the name, having seen both values; Hyogo's conflict is then superseded.
    await editLocal(pohang, 'contacts', contact.id, { name: 'Kim Min-jun (김민준)' });
    const settled = await exchange(pohang, hyogo);
    expect(settled.summary.conflicts).toBe(0);
    expect(await hyogo.store.read((reader) => reader.openConflicts())).toEqual([]);
    expect(hyogo.store.snapshot().conflicts).toEqual([
      expect.objectContaining({ id: open.id, status: 'resolved', resolution: 'superseded', resolvedAt: expect.any(String) }),
    ]);
    expect((await recordOf(hyogo, 'contacts', contact.id))?.name).toBe('Kim Min-jun (김민준)');
  });

  it('keeps a deletion made while another office edited, with the edit kept in the tombstone', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const contact = await createLocal(pohang, 'contacts', sample.contact());
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);

    await deleteLocal(pohang, 'contacts', contact.id);
    await editLocal(hyogo, 'contacts', contact.id, { phone: '+81 78 1' });
    const [fromPohang, fromHyogo] = await crossedBundles(pohang, hyogo);
    await applyImport(hyogo.store, fromPohang, hyogo.identity);
    await applyImport(pohang.store, fromHyogo, pohang.identity);

    for (const replica of [pohang, hyogo]) {
      expect(await recordOf(replica, 'contacts', contact.id)).toMatchObject({ deleted: 1, deletedBy: pohang.identity.installationId, phone: '+81 78 1' });
      const conflicts = await replica.store.read((reader) => reader.openConflicts());
      expect(conflicts).toEqual([expect.objectContaining({ field: 'deleted', recordId: contact.id, other: { phone: '+81 78 1' } })]);
    }
    expect(dataOf(pohang.store)).toEqual(dataOf(hyogo.store));
  });

  it('stamps a local edit made after an import with the fields the person changed, nothing else', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const contact = await createLocal(pohang, 'contacts', sample.contact());
    await exchange(pohang, hyogo);
    expect((await recordOf(hyogo, 'contacts', contact.id))?.syncedFrom).toBeDefined();

    expect(await editLocal(hyogo, 'contacts', contact.id, { phone: '+81 78 1' })).toEqual(['phone']);
    const edited = await recordOf(hyogo, 'contacts', contact.id);
    expect(Object.keys(edited?.fieldClocks ?? {}).sort()).toEqual(['languages', 'name', 'phone']);
    // Saving the form again unchanged is no change at all.
    expect(await editLocal(hyogo, 'contacts', contact.id, {})).toEqual([]);

    // Hyogo signs only its own change: the phone number, not the fields Pohang set.
    const { opened } = await exchange(hyogo, pohang);
    expect(changesIn(opened)).toEqual([expect.objectContaining({ id: contact.id, clocks: { phone: edited?.fieldClocks.phone }, values: { phone: '+81 78 1' } })]);
  });
});

describe('clocks', () => {
  const HOUR = 3_600_000;

  it('orders an edit made after an import after what was imported, even when the sender clock was hours ahead', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const ahead = () => new Date(Date.now() + 6 * HOUR);
    const contact = await createLocal(pohang, 'contacts', sample.contact(), { now: ahead });
    await exchange(pohang, hyogo);
    await editLocal(pohang, 'contacts', contact.id, { name: 'From the fast laptop' }, { now: ahead });
    await exchange(pohang, hyogo);

    // Hyogo's wall clock is right, so six hours behind Pohang's; it edits what it has just seen.
    await editLocal(hyogo, 'contacts', contact.id, { name: 'Corrected in Hyogo' });
    const back = await exchange(hyogo, pohang);

    expect(back.summary.conflicts).toBe(0);
    for (const replica of [pohang, hyogo]) expect((await recordOf(replica, 'contacts', contact.id))?.name).toBe('Corrected in Hyogo');
  });

  it('applies at once a change stamped less than a day ahead, and moves its clock past it', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const contact = await createLocal(pohang, 'contacts', sample.contact(), { now: () => new Date(Date.now() + 20 * HOUR) });
    const { summary } = await exchange(pohang, hyogo);
    expect(summary.held).toEqual([]);
    expect(summary.counts.added).toBe(1);
    expect(hyogo.store.snapshot().clock! > contact.hlc).toBe(true);
  });

  it('holds back a change stamped 30 days ahead until its time, without moving the clock or passing it on', async () => {
    const DAY = 24 * HOUR;
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const seoul = await makeReplica('Seoul', 'seconded');
    await createLocal(hyogo, 'contacts', sample.contact('Already in Hyogo'));
    const stamped = Date.now() + 30 * DAY;
    const future = await createLocal(pohang, 'contacts', sample.contact('From the future'), { now: () => new Date(stamped) });
    const opened = await openBundle((await exportBundle(pohang.store, pohang.identity)).text);

    const held = [
      expect.objectContaining({
        installationId: pohang.identity.installationId,
        office: 'Pohang',
        seq: 1,
        changes: 1,
        stampedAt: new Date(stamped).toISOString(),
        appliesFrom: new Date(stamped - MAX_AHEAD_MS).toISOString(),
      }),
    ];
    const plan = await planImport(hyogo.store, opened, hyogo.identity);
    expect(plan.held).toEqual(held);
    expect(plan.held[0].aheadMs).toBeGreaterThan(29 * DAY);
    expect(plan.counts.added).toBe(0);

    const clockBefore = hyogo.store.snapshot().clock;
    expect(clockBefore).toBeDefined();
    const summary = await applyImport(hyogo.store, opened, hyogo.identity, { trustSender: true });
    expect(summary.held).toEqual(held);
    expect(summary.counts).toEqual({ added: 0, changed: 0, deleted: 0, unchanged: 0 });
    expect(await recordOf(hyogo, 'contacts', future.id)).toBeUndefined();
    expect(hyogo.store.snapshot().clock).toBe(clockBefore);
    expect(hyogo.store.snapshot().log.at(-1)?.held).toBe(1);

    // Hyogo's next full bundle neither carries the held segment nor claims to hold it.
    const relayed = await openBundle((await exportBundle(hyogo.store, hyogo.identity, { full: true })).text);
    expect(relayed.segments.map((segment) => segment.body.author.installationId)).toEqual([hyogo.identity.installationId]);
    expect(relayed.upTo).not.toHaveProperty(pohang.identity.installationId);

    // Thirty days later it applies by itself: at Hyogo's next export ...
    const later = new Date(stamped);
    const next = await exportBundle(hyogo.store, hyogo.identity, { full: true, now: later });
    expect(await recordOf(hyogo, 'contacts', future.id)).toMatchObject({ name: 'From the future' });
    expect(next.counts.contacts).toBe(2);
    expect(hyogo.store.snapshot().clock! >= future.hlc).toBe(true);

    // ... or at Seoul's next import, of a bundle that does not carry it.
    await applyImport(seoul.store, opened, seoul.identity, { trustSender: true });
    expect(await recordOf(seoul, 'contacts', future.id)).toBeUndefined();
    const unrelated = await applyImport(seoul.store, relayed, seoul.identity, { trustSender: true, now: later });
    expect(unrelated.held).toEqual([]);
    expect(await recordOf(seoul, 'contacts', future.id)).toMatchObject({ name: 'From the future', createdAt: hlcTime(future.hlc) });
  });
});

describe('related fields edited in two offices', () => {
  // Each office's edit is valid, but the field-by-field merge combines Pohang's new start date with
  // Hyogo's earlier end date. Bundles check fields one by one (cross-field rules are the forms'),
  // so the merged visit still travels instead of blocking every later bundle from Hyogo.
  it('merges two valid concurrent edits of related fields into a record the other office accepts', async () => {
    const pohang = await makeReplica('Pohang', 'secretariat');
    const hyogo = await makeReplica('Hyogo', 'branch');
    const visit = await createLocal(pohang, 'visits', { ...sample.visit(), date: '2024-06-01', endDate: '2024-06-03' });
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);

    await editLocal(pohang, 'visits', visit.id, { date: '2024-06-04', endDate: '2024-06-05' });
    await editLocal(hyogo, 'visits', visit.id, { endDate: '2024-06-02' }, { now: () => new Date(Date.now() + 60_000) });
    await exchange(pohang, hyogo);
    await exchange(hyogo, pohang);
    expect(dataOf(pohang.store).visits).toEqual(dataOf(hyogo.store).visits);
  });
});
