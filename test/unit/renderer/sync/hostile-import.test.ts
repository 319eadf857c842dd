/**
 * The findings of the "sync you can prove" review, each tried again against the app's own import
 * path (the sync core over IndexedDB, as the sync worker runs it): the attack, then the refusal,
 * hold-back or left-out listing, its message in all six languages, and the database unchanged
 * (every table compared) where nothing may change. The command-line tool's side of the same
 * findings is in test/unit/cli/hostile-bundles.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteVisit } from '../../../../renderer/domain/activity';
import { retireCommittee } from '../../../../renderer/domain/committees';
import { deleteMember, updateMember } from '../../../../renderer/domain/members';
import { removeStaff } from '../../../../renderer/domain/secretariat';
import { domainFields } from '../../../../shared/sync/record-stamp';
import { ValidationError } from '../../../../renderer/domain/errors';
import { LOCALES } from '../../../../shared/i18n/locales';
import { resources, translate } from '../../../../shared/i18n/resources';
import { BundleRefused, type RefusalReason } from '../../../../shared/sync/bundle-errors';
import { decodeBundleBytes } from '../../../../shared/sync/bundle-read';
import { exportBundle } from '../../../../shared/sync/export';
import { applyImport, openBundle, openEnvelope, planImport, senderStatus, startSession, type ImportPlan } from '../../../../shared/sync/import';
import { UNATTRIBUTED_REASONS, type UnattributedReason } from '../../../../shared/sync/reconcile-types';
import { changeOf, clockAt, hostileBundle, segment, statementOf } from '../../../support/hostile';
import { sample } from '../../shared/sync/replica';
import { everything, office, send, type Office } from './offices';
import { segmentTextOf } from '../../../../shared/sync/segments';

/** The message a person reads, in every language the app speaks: a real sentence, not the key. */
function expectTranslated(key: string, values: Record<string, string> = {}): void {
  for (const locale of LOCALES) {
    const text = translate(locale, key, values);
    expect(text, `${locale}: ${key}`).not.toBe(key);
    expect(text.length, `${locale}: ${key}`).toBeGreaterThan(10);
    if (locale !== 'en') expect(text, `${locale}: ${key} is English`).not.toBe(translate('en', key, values));
  }
}

/** Opens and applies `text` at `to`, expecting a refusal with `reason`, and the database unchanged. */
async function expectRefusedWhole(to: Office, text: string, reason: RefusalReason): Promise<BundleRefused> {
  const before = await everything(to.db);
  const error = await openBundle(text)
    .then((opened) => applyImport(to.store, opened, to.identity, { trustSender: true }))
    .then(
      () => null,
      (failure: unknown) => failure,
    );
  expect(error).toBeInstanceOf(BundleRefused);
  expect((error as BundleRefused).reason).toBe(reason);
  expectTranslated(`sync.refused.${reason}`);
  expect(await everything(to.db)).toBe(before);
  return error as BundleRefused;
}

/** A table's rows as text, to compare one table before and after. */
const table = async (at: Office, name: 'members' | 'committees' | 'dues' | 'contacts' | 'visits') => JSON.stringify(await at.db[name].toArray());

let pohang: Office;
let hyogo: Office;
let sakha: Office;

beforeAll(async () => {
  pohang = await office('NEAR Secretariat (Pohang)', 'secretariat', true);
  hyogo = await office('Hyogo branch office', 'branch');
  sakha = await office('Sakha seconded official', 'seconded');
  // They met: each trusts the others, and the branch and Sakha hold Pohang's registry.
  await send(pohang, hyogo);
  await send(pohang, sakha);
  await send(hyogo, pohang);
  await send(sakha, pohang);
  await send(sakha, hyogo);
  await send(hyogo, sakha);
});

const memberId = async () => (await pohang.db.members.toCollection().first())!.id;
const committeeId = async () => (await pohang.db.committees.toCollection().first())!.id;
const now = () => Date.now();

describe('1. forged authority', () => {
  it("refuses whole a segment from a seconded office whose clocks name Pohang: renamed member, new member, coordinators, dues", async () => {
    const member = await memberId();
    const clock = () => clockAt(pohang.identity.installationId, now());
    const changes = [
      changeOf('members', member, { names: { en: 'Renamed', native: 'R' } }, clock()),
      changeOf('members', crypto.randomUUID(), sample.member('Invented'), clock()),
      changeOf('committees', await committeeId(), { coordinatorIds: [member] }, clock()),
      changeOf('dues', crypto.randomUUID(), { memberId: member, fiscalYear: 2026, status: 'waived' }, clock()),
    ];
    const bundle = await hostileBundle({ sender: sakha.identity, segments: [await segment({ author: statementOf(sakha.identity), seq: 50, changes }, sakha.identity.privateKey)] });
    for (const receiver of [pohang, hyogo]) await expectRefusedWhole(receiver, bundle, 'invalidRecord');
  });

  it("leaves out what another office signs in Pohang's name, and what it signs in its own name but only Pohang may change", async () => {
    const member = await memberId();
    const forged = await segment(
      { author: statementOf(pohang.identity), seq: 99, changes: [changeOf('members', member, { notes: 'forged' }, clockAt(pohang.identity.installationId, now()))] },
      sakha.identity.privateKey,
    );
    const honestButOutOfScope = await segment(
      { author: statementOf(sakha.identity), seq: 51, changes: [changeOf('committees', await committeeId(), { retiredOn: '2026-01-01' }, clockAt(sakha.identity.installationId, now()))] },
      sakha.identity.privateKey,
    );
    const before = { members: await table(hyogo, 'members'), committees: await table(hyogo, 'committees') };
    const opened = await openBundle(await hostileBundle({ sender: sakha.identity, segments: [forged, honestButOutOfScope] }));
    const plan = await planImport(hyogo.store, opened, hyogo.identity);
    expect(plan.unattributed).toEqual([expect.objectContaining({ reason: 'forged', installationId: pohang.identity.installationId, changes: 1 })]);
    expect(plan.refusals).toEqual([expect.objectContaining({ collection: 'committees', fields: ['retiredOn'], origin: sakha.identity.installationId })]);
    await applyImport(hyogo.store, opened, hyogo.identity);
    expect({ members: await table(hyogo, 'members'), committees: await table(hyogo, 'committees') }).toEqual(before);
    expectTranslated('sync.unattributed.forged');
    expectTranslated('sync.import.refusalsBody');
  });
});

describe('2. knowledge inflation', () => {
  it("a claim to hold all of Pohang's changes does not make the branch skip Pohang's real edits", async () => {
    const inflated = await hostileBundle({ sender: sakha.identity, segments: [], upTo: { [pohang.identity.installationId]: { seqs: [[1, 2 ** 31 - 1]], digest: `${'A'.repeat(43)}=` } } });
    await applyImport(hyogo.store, await openBundle(inflated), hyogo.identity);
    const member = (await pohang.db.members.toCollection().first())!;
    await updateMember(pohang.db, member.id, { ...domainFields(member), notes: 'Admitted by the 2026 assembly' });
    const summary = await send(pohang, hyogo, { full: true });
    expect(summary.counts.changed).toBe(1);
    expect((await hyogo.db.members.get(member.id))?.notes).toBe('Admitted by the 2026 assembly');
  });
});

describe('3. clock poisoning', () => {
  it('holds back a change stamped in 2286 (listed with its office), leaves the clock alone, and keeps local edits working', async () => {
    const contact = (await sakha.db.contacts.toCollection().first())!;
    const held = await segment({ author: statementOf(sakha.identity), seq: 52, changes: [changeOf('contacts', contact.id, { phone: '+7 0' }, `9999999999999-fffe-${sakha.identity.installationId}`)] }, sakha.identity.privateKey);
    const poisoned = await hostileBundle({ sender: sakha.identity, segments: [held] });
    const clockBefore = await pohang.db.meta.get('clock');
    const contactsBefore = await table(pohang, 'contacts');
    const opened = await openBundle(poisoned);
    const plan = await planImport(pohang.store, opened, pohang.identity);
    expect(plan.held).toEqual([expect.objectContaining({ installationId: sakha.identity.installationId, office: 'Sakha seconded official', changes: 1, seq: 52 })]);
    expect(plan.held[0].stampedAt.startsWith('+2286') || plan.held[0].stampedAt.startsWith('2286')).toBe(true);
    await applyImport(pohang.store, opened, pohang.identity);
    expect(await pohang.db.meta.get('clock')).toEqual(clockBefore);
    expect(await table(pohang, 'contacts')).toBe(contactsBefore);
    expect(await pohang.db.segments.where('status').equals('held').count()).toBe(1);
    expectTranslated('sync.import.heldTitle', { count: '1' });
    expectTranslated('sync.held.intro');
    // The laptop keeps working (a local edit stamps after the clock, which never reached 2286), and does not pass the held change on.
    const member = (await pohang.db.members.toCollection().first())!;
    await updateMember(pohang.db, member.id, { ...domainFields(member), notes: 'Edited after the poisoned bundle' });
    const onward = await openBundle((await exportBundle(pohang.store, pohang.identity, { recipient: hyogo.identity.installationId, full: true })).text);
    expect(onward.segments.map((entry) => entry.signature)).not.toContain(JSON.parse(held).signature);
    expect(onward.segments.every((entry) => !entry.last.startsWith('9999999999999'))).toBe(true);
  });
});

describe('4. unvalidated identifiers', () => {
  it('refuses field clocks named constructor or toString with the reason invalidRecord, not DataCloneError', async () => {
    for (const field of ['constructor', 'toString']) {
      const clock = clockAt(sakha.identity.installationId, now());
      const change = JSON.parse(JSON.stringify(changeOf('contacts', crypto.randomUUID(), sample.contact(), clock)).replace('"clocks":{', `"clocks":{"${field}":"${clock}",`));
      const bundle = await hostileBundle({ sender: sakha.identity, segments: [await segment({ author: statementOf(sakha.identity), seq: 53, changes: [change] }, sakha.identity.privateKey)] });
      const error = await expectRefusedWhole(pohang, bundle, 'invalidRecord');
      expect(error.details.path).toBe(`segments.0.body.changes.0.clocks.${field}`);
    }
  });

  it('refuses an installation id that is not a UUID in what a sender claims to hold', async () => {
    const bundle = await hostileBundle({ sender: sakha.identity, segments: [], upTo: { ['x'.repeat(1_000_000)]: { seqs: [[1, 1]], digest: `${'A'.repeat(43)}=` } } });
    await expectRefusedWhole(pohang, bundle, 'invalidRecord');
  });
});

describe('5. names that would disguise what a person reads', () => {
  it('refuses a sender whose office name holds a line break, an escape or a bidirectional control', async () => {
    for (const office of ['Kushiro\nKey fingerprint: 0000', 'Kushiro\u001b[8m', 'Kushiro\u202egpj.exe']) {
      const bundle = await hostileBundle({ sender: { ...sakha.identity, office }, segments: [] });
      const error = await expectRefusedWhole(pohang, bundle, 'wrongFormat');
      expect(error.details.path).toBe('sender.office');
    }
  });
});

describe('6. mass deletion split across bundles', () => {
  it('measures the bundles of one import session against the data as it was before the first', async () => {
    const target = await office('Kushiro', 'branch');
    await send(pohang, target);
    await send(target, pohang);
    // Forty visits (with their follow-ups), fifty members and the staff of 17: more than half of the 226 records there.
    const visits = await pohang.db.visits.where('deleted').equals(0).toArray();
    const coordinators = new Set((await pohang.db.committees.toArray()).flatMap((committee) => committee.coordinatorIds));
    const members = (await pohang.db.members.where('deleted').equals(0).toArray()).filter((member) => !coordinators.has(member.id)).slice(0, 50);
    for (const visit of visits.slice(0, 20)) await deleteVisit(pohang.db, visit.id);
    const first = await exportBundle(pohang.store, pohang.identity, { recipient: target.identity.installationId });
    for (const visit of visits.slice(20)) await deleteVisit(pohang.db, visit.id);
    for (const member of members) await deleteMember(pohang.db, member.id);
    for (const person of await pohang.db.staff.toArray()) await removeStaff(pohang.db, person.id);
    const both = await openBundle((await exportBundle(pohang.store, pohang.identity, { recipient: target.identity.installationId })).text);
    const firstOpened = await openBundle(first.text);
    const seen = new Set(firstOpened.segments.map((entry) => entry.signature));
    const second = await openBundle(await hostileBundle({ sender: pohang.identity, segments: both.segments.filter((entry) => !seen.has(entry.signature)).map((entry) => segmentTextOf(entry.text)) }));

    const before = await everything(target.db);
    const session = await startSession(target.store);
    const summaryOne = await applyImport(target.store, firstOpened, target.identity, { session });
    expect(summaryOne.massDelete).toBe(false);
    await expect(applyImport(target.store, second, target.identity, { session })).rejects.toMatchObject({ reason: 'massDelete' });
    // The first bundle went in; the second changed nothing. Alone, each would have passed.
    expect(await everything(target.db)).not.toBe(before);
    const afterFirst = await everything(target.db);
    await expect(applyImport(target.store, second, target.identity, { session })).rejects.toMatchObject({ reason: 'massDelete' });
    expect(await everything(target.db)).toBe(afterFirst);
    const plan: ImportPlan = await planImport(target.store, second, target.identity, { session });
    expect(plan.massDelete).toBe(true);
    expect(plan.sessionDeleted).toBeGreaterThan(100);
    expectTranslated('sync.import.massDelete', { count: String(plan.sessionDeleted) });
  });
});

describe('7. retiring a committee', () => {
  it('refuses it locally on a branch laptop, and leaves it out when a branch office signs it', async () => {
    const committee = await committeeId();
    await expect(retireCommittee(hyogo.db, committee, '2026-06-30')).rejects.toBeInstanceOf(ValidationError);
    const change = changeOf('committees', committee, { retiredOn: '2026-06-30' }, clockAt(hyogo.identity.installationId, now()));
    const opened = await openBundle(await hostileBundle({ sender: hyogo.identity, segments: [await segment({ author: statementOf(hyogo.identity), seq: 54, changes: [change] }, hyogo.identity.privateKey)] }));
    const before = await table(pohang, 'committees');
    const summary = await applyImport(pohang.store, opened, pohang.identity);
    expect(summary.refusals).toEqual([expect.objectContaining({ collection: 'committees', recordId: committee, fields: ['retiredOn'] })]);
    expect(await table(pohang, 'committees')).toBe(before);
  });
});

describe('8. exact bytes', () => {
  it('refuses bytes that are not UTF-8 instead of reading them with replacement characters', async () => {
    const bytes = new TextEncoder().encode((await exportBundle(pohang.store, pohang.identity, { full: true })).text);
    const at = bytes.indexOf(0x50); // "P" of "Pohang"
    const damaged = bytes.slice();
    damaged[at] = 0xff;
    expect(() => decodeBundleBytes(damaged)).toThrow(expect.objectContaining({ reason: 'notUtf8' }));
    expectTranslated('sync.refused.notUtf8');
    expect(decodeBundleBytes(bytes)).toBe(new TextDecoder().decode(bytes));
  });
});

describe('9. bounds', () => {
  it('leaves out, whole and unkept, a signed visit with 52,429 staff names', async () => {
    const visit = changeOf('visits', crypto.randomUUID(), { ...sample.visit(), staff: Array.from({ length: 52_429 }, (_, index) => `Staff ${index}`) }, clockAt(sakha.identity.installationId, now()));
    const opened = await openBundle(await hostileBundle({ sender: sakha.identity, segments: [await segment({ author: statementOf(sakha.identity), seq: 55, changes: [visit] }, sakha.identity.privateKey)] }));
    const before = await everything(pohang.db);
    const summary = await applyImport(pohang.store, opened, pohang.identity);
    expect(summary.invalid).toEqual([expect.objectContaining({ collection: 'visits', recordId: visit.id, field: 'staff' })]);
    expectTranslated('sync.import.invalidTitle', { count: '1' });
    // Only the sync history and what Sakha says it holds moved; no record, no segment.
    for (const name of ['visits', 'segments', 'segmentTexts'] as const) expect(JSON.stringify(await pohang.db[name].toArray())).toBe(JSON.stringify(JSON.parse(before).find(([tableName]: [string]) => tableName === name)[1]));
  });
});

describe('10. expensive work for strangers', () => {
  it('knows a stranger from the envelope alone, before the passphrase or any record is touched', async () => {
    const stranger = { ...sakha.identity, installationId: crypto.randomUUID(), office: 'Unknown office' };
    const text = await hostileBundle({ sender: stranger, segments: [], passphrase: 'secret', kdfIterations: 2_000_000 });
    const started = performance.now();
    const envelope = await openEnvelope(text);
    expect(senderStatus(envelope.file, await pohang.db.peers.toArray(), pohang.identity)).toBe('new');
    expect(performance.now() - started).toBeLessThan(300);
    await expect(applyImport(pohang.store, await openBundle(text, 'secret'), pohang.identity)).rejects.toMatchObject({ reason: 'untrusted' });
  });
});

describe('11. reasons that say what happened', () => {
  it("names a stranger using this laptop's own installation id as an impostor, and its own bundle as its own", async () => {
    const text = await hostileBundle({ sender: { ...sakha.identity, installationId: pohang.identity.installationId, office: 'NEAR Secretariat (Pohang)' }, segments: [] });
    await expectRefusedWhole(pohang, text, 'impostor');
    const own = (await exportBundle(pohang.store, pohang.identity, {})).text;
    await expectRefusedWhole(pohang, own, 'ownBundle');
  });

  it('has a message in every language for every reason a change is left out', () => {
    for (const reason of UNATTRIBUTED_REASONS as readonly UnattributedReason[]) expectTranslated(`sync.unattributed.${reason}`);
    expect(Object.keys(resources.en.sync.unattributed).sort()).toEqual([...UNATTRIBUTED_REASONS].sort());
  });
});
