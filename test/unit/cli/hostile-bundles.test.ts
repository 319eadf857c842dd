/**
 * The findings of the "sync you can prove" review, each tried again as a hostile office would,
 * with the `bundle` tool: the attack, then the refusal, hold-back or left-out listing with its
 * reason, and the store file unchanged byte for byte where nothing may change (the app's own
 * import path, over IndexedDB, is tried in test/unit/renderer/sync/hostile-import.test.ts).
 */
import { copyFile, open, readFile, truncate, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveStoreFile, openStoreFile } from '../../../cli/store-file';
import { sampleData } from '../../../shared/sample';
import { MAX_BUNDLE_BYTES, MAX_PBKDF2_ITERATIONS } from '../../../shared/sync/limits';
import { openBundle } from '../../../shared/sync/open-bundle';
import type { LocalIdentity } from '../../../shared/sync/store';
import { changeOf, clockAt, hostileBundle, segment, statementOf } from '../../support/hostile';
import { deleteLocal, editLocal, sample, type Replica } from '../shared/sync/replica';
import { identityOfStore, merge, readStore, run, workspace } from './cli-harness';
import { segmentTextOf } from '../../../shared/sync/segments';

let space: Awaited<ReturnType<typeof workspace>>;
let pohangStore: string;
let hyogoStore: string;
let sakhaStore: string;
let pohang: LocalIdentity;
let hyogo: LocalIdentity;
let sakha: LocalIdentity;

const members = sampleData().members;
const committeeIdOf = (index: number) => sampleData().committees[index].id;
const now = () => Date.now();

/** Every byte of a store file: "unchanged" means equal. */
const bytes = (path: string) => readFile(path, 'utf8');

/** Hyogo's and Sakha's stores, as they are after meeting Pohang (fresh copies for each test). */
async function offices() {
  const branch = space.path('hyogo.json');
  const seconded = space.path('sakha.json');
  await Promise.all([copyFile(hyogoStore, branch), copyFile(sakhaStore, seconded)]);
  return { branch, seconded };
}

/** A bundle file from a hostile (or careless) office, written with its own key. */
async function craft(sender: LocalIdentity, segments: string[], extra: Partial<Parameters<typeof hostileBundle>[0]> = {}): Promise<string> {
  return space.file(await hostileBundle({ sender, segments, ...extra }));
}

/** Opens a store in-process, lets `work` change it as the app would (edits, deletions), saves it. */
async function edit(path: string, work: (office: Replica) => Promise<unknown>) {
  const opened = await openStoreFile(path);
  await work({ identity: opened.identity, store: opened.store });
  await saveStoreFile(opened);
}

beforeAll(async () => {
  space = await workspace();
  pohangStore = await space.store('NEAR Secretariat (Pohang)', 'secretariat', { sample: true });
  hyogoStore = await space.store('Hyogo branch office', 'branch');
  sakhaStore = await space.store('Sakha seconded official', 'seconded');
  [pohang, hyogo, sakha] = await Promise.all([pohangStore, hyogoStore, sakhaStore].map(identityOfStore));
  // The offices met: each trusts the others (fingerprints compared), and both hold Pohang's registry.
  const full = await space.export(pohangStore, { full: true });
  for (const store of [hyogoStore, sakhaStore]) expect((await merge(store, [full])).code).toBe(0);
  expect((await merge(pohangStore, [await space.export(hyogoStore)])).code).toBe(0);
  expect((await merge(pohangStore, [await space.export(sakhaStore)])).code).toBe(0);
  expect((await merge(hyogoStore, [await space.export(sakhaStore)])).code).toBe(0);
  expect((await merge(sakhaStore, [await space.export(hyogoStore)])).code).toBe(0);
});

afterAll(async () => {
  await space.remove();
});

describe('1. forged authority', () => {
  const clockOfPohang = () => clockAt(pohang.installationId, now());
  const memberA = () => members[0].id;
  const forgedChanges = (clock: () => string) => [
    changeOf('members', memberA(), { names: { en: 'Renamed by Sakha', native: 'X' } }, clock()),
    changeOf('members', crypto.randomUUID(), { ...sample.member('Invented member') }, clock()),
    changeOf('committees', committeeIdOf(0), { coordinatorIds: [memberA()] }, clock()),
    changeOf('dues', crypto.randomUUID(), { memberId: memberA(), fiscalYear: 2026, status: 'waived' }, clock()),
  ];

  it("refuses a seconded office's segment whose clocks name Pohang, whole, at Pohang and at the branch", async () => {
    const { branch } = await offices();
    const bundle = await craft(sakha, [await segment({ author: statementOf(sakha), seq: 500, changes: forgedChanges(clockOfPohang) }, sakha.privateKey)]);
    for (const store of [pohangStore, branch]) {
      const before = await bytes(store);
      const result = await merge(store, [bundle]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('refused [invalidRecord]');
      expect(result.stderr).toContain('clocks.names');
      expect(await bytes(store)).toBe(before);
    }
  });

  it("leaves out changes signed in Pohang's name with another key, and lists them as forged", async () => {
    const { branch } = await offices();
    const forged = await segment({ author: statementOf(pohang), seq: 900, changes: forgedChanges(clockOfPohang) }, sakha.privateKey);
    const honest = await segment({ author: statementOf(sakha), seq: 901, changes: [changeOf('contacts', crypto.randomUUID(), sample.contact('Ivanov'), clockAt(sakha.installationId, now()))] }, sakha.privateKey);
    const bundle = await craft(sakha, [forged, honest]);
    const before = await readStore(branch);
    const result = await merge(branch, [bundle]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/left out: {5}4 changes whose signature does not match its author's key/);
    expect(result.stdout).toContain('added 1');
    const after = await readStore(branch);
    for (const name of ['members', 'committees', 'dues'] as const) expect(after.state.records[name]).toEqual(before.state.records[name]);
    expect(after.state.segments.map((row) => row.id)).not.toContain(JSON.parse(forged).signature);
  });

  it('leaves out the same edits made honestly by the seconded office, as secretariat-only, and applies nothing of them', async () => {
    const bundle = await craft(sakha, [await segment({ author: statementOf(sakha), seq: 902, changes: forgedChanges(() => clockAt(sakha.installationId, now())) }, sakha.privateKey)]);
    const before = await readStore(pohangStore);
    const result = await merge(pohangStore, [bundle]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('left out 4');
    expect(result.stdout).toMatch(/left out: {5}members .* \(names\), a change by .* that only the secretariat may make/);
    expect(result.stdout).toMatch(/left out: {5}committees .* \(coordinatorIds\)/);
    expect(result.stdout).toMatch(/left out: {5}dues .* \(memberId, fiscalYear, status\)/);
    const after = await readStore(pohangStore);
    for (const name of ['members', 'committees', 'dues'] as const) expect(after.state.records[name]).toEqual(before.state.records[name]);
  });
});

describe('2. knowledge inflation', () => {
  it("a seconded office's claim to hold all of Pohang's changes does not hide Pohang's later edits from the branch, or from whoever the branch passes them to", async () => {
    const { branch } = await offices();
    const kushiro = await space.store('Kushiro liaison', 'seconded');
    // Kushiro met the branch, and compared Pohang's fingerprint with Pohang by phone.
    const trusting = ['--trust', '--trust-author', pohang.fingerprint];
    expect((await merge(kushiro, [await space.export(branch)], trusting)).code).toBe(0);
    const digest = `${'A'.repeat(43)}=`;
    const inflated = await craft(sakha, [], { upTo: { [pohang.installationId]: { seqs: [[1, 2 ** 31 - 1]], digest } } });
    expect((await merge(branch, [inflated])).code).toBe(0);

    await edit(pohangStore, (office) => editLocal(office, 'members', members[1].id, { notes: 'Admitted at the 2026 assembly' }));
    const result = await merge(branch, [await space.export(pohangStore, { full: true })]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('changed 1');
    expect((await readStore(branch)).state.records.members.find((record) => record.id === members[1].id)?.notes).toBe('Admitted at the 2026 assembly');

    // An honest office merging the branch's next bundle is not blinded either.
    const onward = await merge(kushiro, [await space.export(branch, { for: (await identityOfStore(kushiro)).installationId })], trusting);
    expect(onward.code, onward.stderr).toBe(0);
    expect((await readStore(kushiro)).state.records.members.find((record) => record.id === members[1].id)?.notes).toBe('Admitted at the 2026 assembly');
  });
});

describe('3. clock poisoning', () => {
  it('holds back a change stamped in 2286: the clock does not move, later merges and edits work, and it is not passed on', async () => {
    const { branch } = await offices();
    const contact = (await readStore(pohangStore)).state.records.contacts[0];
    const poisoned = await segment(
      { author: statementOf(sakha), seq: 903, changes: [changeOf('contacts', contact.id, { phone: '+7 4112 0000' }, '9999999999999-fffe-' + sakha.installationId)] },
      sakha.privateKey,
    );
    const before = await readStore(pohangStore);
    const result = await merge(pohangStore, [await craft(sakha, [poisoned])]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/held back: {4}1 changes by Sakha seconded official \(segment 903\) stamped \+?2286-.*Ask that office to check its clock\./);
    const after = await readStore(pohangStore);
    expect(after.state.clock).toBe(before.state.clock);
    expect(after.state.records.contacts).toEqual(before.state.records.contacts);
    expect(after.state.segments.find((row) => row.id === JSON.parse(poisoned).signature)?.status).toBe('held');

    // Pohang keeps working, and its next bundle does not carry the held change to the branch.
    await edit(pohangStore, (office) => editLocal(office, 'contacts', contact.id, { phone: '+82 54 000' }));
    const onward = await merge(branch, [await space.export(pohangStore, { for: hyogo.installationId })]);
    expect(onward.code, onward.stderr).toBe(0);
    const atBranch = await readStore(branch);
    expect(atBranch.state.segments.map((row) => row.id)).not.toContain(JSON.parse(poisoned).signature);
    expect(atBranch.state.records.contacts.find((record) => record.id === contact.id)?.phone).toBe('+82 54 000');
    expect(atBranch.state.clock! < '2000000000000').toBe(true);
  });

  it('repairs a store an older version let a 2286 clock into: it merges, exports and edits again', async () => {
    const store = await space.store('Poisoned by 0.3', 'branch', { sample: true });
    const file = await readStore(store);
    const self = file.identity.installationId;
    // As 0.3 left it: format 1 store, knowledge, no segments, the clock at its very end.
    const { seal: _seal, partials: _partials, segments: _segments, ...state } = file.state;
    state.clock = `9999999999999-ffff-${self}`;
    const contact = state.records.contacts[0];
    contact.fieldClocks.phone = `9999999999999-fffe-${self}`;
    contact.phone = '+1 000';
    await writeFile(store, JSON.stringify({ ...file, formatVersion: 1, state: { ...state, knowledge: {} } }));
    const exported = await run(['export', '--store', store, '--out', space.path('out.nearbundle')]);
    expect(exported.code, exported.stderr).toBe(0);
    const repaired = await readStore(store);
    const held = () => repaired.state.records.contacts.find((record) => record.id === contact.id)!;
    // Clocks are strings of milliseconds since 1970: the year 2286 starts with 9999999999999, 2026 with 17.
    expect(repaired.state.clock! < '2000000000000').toBe(true);
    expect(held().fieldClocks.phone < '2000000000000').toBe(true);
    expect(held().phone).toBe('+1 000');
    await edit(store, (office) => editLocal(office, 'contacts', contact.id, { phone: '+1 555' }));
    expect((await readStore(store)).state.records.contacts.find((record) => record.id === contact.id)?.phone).toBe('+1 555');
  });
});

describe('4. unvalidated identifiers', () => {
  it('refuses a 10 MB "installation id" anywhere, before anything travels on', async () => {
    const huge = 'f'.repeat(10 * 1024 * 1024);
    const contact = changeOf('contacts', crypto.randomUUID(), sample.contact(), clockAt(sakha.installationId, now()), { seen: { [huge]: clockAt(sakha.installationId, now()) } });
    const inSeen = await craft(sakha, [await segment({ author: statementOf(sakha), seq: 904, changes: [contact] }, sakha.privateKey)]);
    const inUpTo = await craft(sakha, [], { upTo: { [huge]: { seqs: [[1, 1]], digest: `${'A'.repeat(43)}=` } }  });
    const before = await bytes(pohangStore);
    for (const [bundle, where] of [[inSeen, 'seen'], [inUpTo, 'upTo']] as const) {
      const result = await merge(pohangStore, [bundle]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('refused [invalidRecord]');
      expect(result.stderr).toContain(where);
    }
    expect(await bytes(pohangStore)).toBe(before);
  });

  it('refuses field clocks named after what every object has (constructor, toString, __proto__) with the record named, not a crash', async () => {
    const before = await bytes(pohangStore);
    for (const field of ['constructor', 'toString', '__proto__']) {
      const id = crypto.randomUUID();
      const clock = clockAt(sakha.installationId, now());
      const change = JSON.parse(JSON.stringify(changeOf('contacts', id, sample.contact(), clock)).replace('"clocks":{', `"clocks":{"${field}":"${clock}",`));
      const result = await merge(pohangStore, [await craft(sakha, [await segment({ author: statementOf(sakha), seq: 905, changes: [change] }, sakha.privateKey)])]);
      expect(result.code, field).toBe(1);
      expect(result.stderr, field).toContain(`refused [invalidRecord] A record in the bundle does not pass validation (record ${id} at segments.0.body.changes.0.clocks.${field})`);
    }
    expect(await bytes(pohangStore)).toBe(before);
  });
});

describe('5. spoofable terminal output', () => {
  const fake = () => `Kushiro\nKey fingerprint:  ${hyogo.fingerprint} (trusted)\u001b[8m`;

  it("refuses an office name with a line break and escape codes before printing anything of the bundle's", async () => {
    const impostor = { ...sakha, installationId: crypto.randomUUID(), office: fake() };
    const bundle = await craft(impostor, []);
    for (const command of [['inspect', bundle], ['verify', bundle], ['merge', '--store', pohangStore, bundle]]) {
      const result = await run(command);
      expect(result.code, command[0]).toBe(1);
      expect(result.stderr, command[0]).toContain('[wrongFormat]');
      expect(result.stderr, command[0]).toContain('sender.office');
      expect(result.stdout + result.stderr).not.toContain('\u001b');
      expect(result.stdout + result.stderr).not.toContain(`${hyogo.fingerprint} (trusted)`);
    }
  });

  it('escapes control and bidirectional characters in everything else a file supplies', async () => {
    const label = 'Kushiro\u001b[8m\u202egpj.exe';
    const change = changeOf('members', crypto.randomUUID(), { ...sample.member(label), names: { en: label, native: label } }, clockAt(sakha.installationId, now()));
    const bundle = await craft(sakha, [await segment({ author: statementOf(sakha), seq: 906, changes: [change] }, sakha.privateKey)]);
    const named = await space.file(await readFile(bundle), 'from-\u001b[2J-sakha.nearbundle');
    const result = await merge(pohangStore, [named]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Kushiro\\u{001B}[8m\\u{202E}gpj.exe');
    expect(result.stdout).toContain('from-\\u{001B}[2J-sakha.nearbundle');
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).not.toContain('\u202e');
  });
});

describe('6. mass deletion split across bundles', () => {
  it('refuses 129 deletions sent as two bundles merged in one command, as it refuses them in one', async () => {
    const pohangCopy = space.path('pohang.json');
    await copyFile(pohangStore, pohangCopy);
    const { branch } = await offices();
    const activity = async () => {
      const { state } = await readStore(pohangCopy);
      return (['contacts', 'visits', 'followUps', 'meetings', 'staff', 'reportTexts'] as const).flatMap((collection) => state.records[collection].filter((record) => !record.deleted).map((record) => ({ collection, id: record.id })));
    };
    const all = await activity();
    // More than half of the 226 records the branch office holds.
    expect(all).toHaveLength(129);
    const deleteSome = (list: typeof all) => edit(pohangCopy, async (office) => {
      for (const { collection, id } of list) await deleteLocal(office, collection, id);
    });
    await deleteSome(all.slice(0, 64));
    const first = await space.export(pohangCopy, { for: hyogo.installationId });
    await deleteSome(all.slice(64));
    const both = await space.export(pohangCopy, { for: hyogo.installationId });
    // The second half alone: the segments of the second bundle the first does not hold.
    const firstIds = new Set((await openBundle(await readFile(first, 'utf8'))).segments.map((entry) => entry.signature));
    const secondHalf = (await openBundle(await readFile(both, 'utf8'))).segments.filter((entry) => !firstIds.has(entry.signature)).map((entry) => segmentTextOf(entry.text));
    const second = await craft(pohang, secondHalf);

    const before = await bytes(branch);
    const together = await merge(branch, [both]);
    expect(together.code).toBe(1);
    expect(together.stderr).toContain('refused [massDelete] The bundles would delete 129 records');
    const split = await merge(branch, [first, second]);
    expect(split.code).toBe(1);
    expect(split.stderr).toContain(`${second}: refused [massDelete] The bundles would delete 129 records`);
    expect(await bytes(branch)).toBe(before);
    // Each half alone goes through; so do both when a person says so.
    expect((await merge(branch, [first, second], ['--trust', '--allow-mass-delete'])).code).toBe(0);
  });
});

describe('7. retiring a committee', () => {
  it("leaves out a branch office's change to a committee's retirement, as secretariat-only", async () => {
    const committee = committeeIdOf(1);
    const change = changeOf('committees', committee, { retiredOn: '2026-06-30' }, clockAt(hyogo.installationId, now()));
    const before = await readStore(pohangStore);
    const result = await merge(pohangStore, [await craft(hyogo, [await segment({ author: statementOf(hyogo), seq: 907, changes: [change] }, hyogo.privateKey)])]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/left out: {5}committees .* \(retiredOn\), a change by .* that only the secretariat may make/);
    expect((await readStore(pohangStore)).state.records.committees).toEqual(before.state.records.committees);
  });
});

describe('8. exact bytes', () => {
  it('refuses a bundle whose bytes are not UTF-8, where a lenient reader saw the same bundle as its intact copy', async () => {
    const intact = await readFile(await space.export(pohangStore, { full: true }));
    const at = intact.indexOf(Buffer.from('Pohang'));
    const damaged = Buffer.from(intact);
    damaged[at] = 0xff;
    const result = await run(['verify', await space.file(damaged)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refused [notUtf8]');
    expect((await run(['verify', await space.file(intact)])).code).toBe(0);
  });
});

describe('9. bounds', () => {
  it(`refuses a file over ${MAX_BUNDLE_BYTES / 1024 / 1024} MB before reading it`, async () => {
    const path = space.path('huge.nearbundle');
    await (await open(path, 'w')).close();
    await truncate(path, MAX_BUNDLE_BYTES + 1);
    const started = performance.now();
    const result = await run(['verify', path]);
    expect(result.code).toBe(1);
    const limit = `${MAX_BUNDLE_BYTES / 1024 / 1024} MB`;
    expect(result.stderr).toContain(`refused [tooLarge] The file is ${limit}; bundles are at most ${limit}. It was not read.`);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('leaves out, whole, a signed visit with 52,429 staff names, and passes none of it on', async () => {
    const { branch } = await offices();
    const visit = changeOf('visits', crypto.randomUUID(), { ...sample.visit('Staff list'), staff: Array.from({ length: 52_429 }, (_, index) => `Staff member ${index}`) }, clockAt(sakha.installationId, now()));
    const huge = await segment({ author: statementOf(sakha), seq: 908, changes: [visit] }, sakha.privateKey);
    const before = await readStore(branch);
    const result = await merge(branch, [await craft(sakha, [huge])]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`left out:     visits ${visit.id}: the value of "staff" by ${sakha.installationId} breaks its rules`);
    const after = await readStore(branch);
    expect(after.state.records.visits).toEqual(before.state.records.visits);
    expect(after.state.segments.map((row) => row.id)).not.toContain(JSON.parse(huge).signature);
  });
});

describe('10. expensive work for strangers', () => {
  it('refuses a stranger asking for 10,000,000 PBKDF2 iterations at once, and an untrusted sender before any decryption', async () => {
    const stranger = { ...sakha, installationId: crypto.randomUUID(), office: 'Unknown office' };
    const greedy = (await readFile(await craft(stranger, [], { passphrase: 'x', kdfIterations: 100_000 }), 'utf8')).replace('"iterations":100000', '"iterations":10000000');
    let started = performance.now();
    const refused = await run(['merge', '--store', pohangStore, '--passphrase-env', 'P', await space.file(greedy)], { P: 'x' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(refused.stderr).toContain(`refused [badEncryption] The bundle asks for a key derivation this tool does not run (at most ${MAX_PBKDF2_ITERATIONS} PBKDF2 iterations are accepted).`);

    const protectedBundle = await craft(stranger, [], { passphrase: 'right', kdfIterations: 2_000_000 });
    started = performance.now();
    const untrusted = await run(['merge', '--store', pohangStore, '--passphrase-env', 'P', protectedBundle], { P: 'wrong' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(untrusted.stderr).toContain('refused [untrusted]');
    expect(untrusted.stderr).not.toContain('wrongPassphrase');
  });
});

describe('11. reasons that say what happened', () => {
  it('takes a bundle with one trailing line break or a byte-order mark, and names extra blank text for what it is', async () => {
    const text = await readFile(await space.export(pohangStore, { for: hyogo.installationId, full: true }), 'utf8');
    expect((await run(['verify', await space.file(`${text}\n`)])).code).toBe(0);
    expect((await run(['verify', await space.file(`${text}\r\n`)])).code).toBe(0);
    expect((await run(['verify', await space.file(`\ufeff${text}`)])).code).toBe(0);
    const twice = await run(['verify', await space.file(`${text}\n\n`)]);
    expect(twice.stderr).toContain('refused [extraText]');
  });

  it('names an empty IV as a damaged encryption header, not a wrong passphrase', async () => {
    const text = await readFile(await craft(sakha, [], { passphrase: 'near-2018', kdfIterations: 100_000 }), 'utf8');
    const emptyIv = text.replace(/"iv":"[^"]*"/, '"iv":""');
    const result = await run(['verify', await space.file(emptyIv), '--passphrase-env', 'P'], { P: 'near-2018' });
    expect(result.stderr).toContain('refused [badEncryption] The bundle\'s encryption header is damaged: its IV (12 bytes) is missing or of the wrong length.');
  });

  it("names a stranger that uses the receiver's own installation id as an impostor, not the receiver's own bundle", async () => {
    const stranger = { ...sakha, installationId: pohang.installationId, office: 'NEAR Secretariat (Pohang)' };
    const before = await bytes(pohangStore);
    const result = await merge(pohangStore, [await craft(stranger, [])]);
    expect(result.stderr).toContain('refused [impostor]');
    expect(await bytes(pohangStore)).toBe(before);
    // Its own bundle, really its own, is still called that.
    expect((await merge(pohangStore, [await space.export(pohangStore)])).stderr).toContain('refused [ownBundle]');
  });
});
