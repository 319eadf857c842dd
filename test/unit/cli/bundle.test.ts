import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../../cli/bundle';
import { sampleData } from '../../../shared/sample';
import { sampleActivity } from '../../../shared/sample/activity';
import { sampleDues } from '../../../shared/sample/dues-2018';
import { encryptionSchema } from '../../../shared/sync/bundle-format';
import { RECORD_SCHEMAS, SYNC_COLLECTIONS, type CollectionName } from '../../../shared/sync/collections';
import { fingerprintOf } from '../../../shared/sync/signing';
import { portable, type SyncRecord } from '../../../shared/sync/merge';
import type { MemoryState } from '../../../shared/sync/memory-store';

const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
const FIXTURE = fixturePath('sample-2018.nearbundle');
const PROTECTED = fixturePath('sample-2018-protected.nearbundle');
/** The same sample as written by 0.2.0, before the dues ledger existed: offices still on 0.2 keep sending these. */
const FROM_0_2 = fixturePath('sample-2018-v0.2.nearbundle');
const FIXTURE_OFFICE = 'NEAR Secretariat (Pohang)';
const PASSPHRASE_ENV = { NEAR_TEST_PASSPHRASE: 'near-2018', NEAR_WRONG_PASSPHRASE: 'near-2019' };

/** What the 2018 sample holds, from the sample modules themselves (79 members, 17 committees, …). */
function sampleCounts(): Record<CollectionName, number> {
  const registry = sampleData();
  const activity = sampleActivity();
  return {
    members: registry.members.length,
    committees: registry.committees.length,
    meetings: activity.meetings.length,
    contacts: activity.contacts.length,
    visits: activity.visits.length,
    followUps: activity.followUps.length,
    dues: sampleDues().dues.length,
    duesPostponements: sampleDues().duesPostponements.length,
  };
}
const expected = sampleCounts();
const expectedTotal = Object.values(expected).reduce((sum, count) => sum + count, 0);

async function run(args: string[], env: Record<string, string> = PASSPHRASE_ENV) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
  });
  return { code, stdout, stderr };
}

let dir: string;
let fixtureText: string;
let fixtureHeader: { sender: { installationId: string; office: string; person: string; role: string; publicKey: string }; content: { records: Record<string, SyncRecord[]> } };
let fixtureFingerprint: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'near-cli-test-'));
  fixtureText = await readFile(FIXTURE, 'utf8');
  fixtureHeader = JSON.parse(fixtureText);
  fixtureFingerprint = await fingerprintOf(fixtureHeader.sender.publicKey);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let fileCounter = 0;
/** A file in the test's temporary directory. */
async function tempFile(text: string, name = 'bundle'): Promise<string> {
  fileCounter += 1;
  const path = join(dir, `${name}-${fileCounter}.nearbundle`);
  await writeFile(path, text, 'utf8');
  return path;
}
const tempPath = (name: string) => {
  fileCounter += 1;
  return join(dir, `${name}-${fileCounter}.json`);
};

/** The text with the one character at `index` replaced (an ASCII letter by another: one changed byte). */
function changeByteAt(text: string, index: number): string {
  expect(text[index]).toMatch(/[A-Za-z]/);
  return `${text.slice(0, index)}${text[index] === 'x' ? 'y' : 'x'}${text.slice(index + 1)}`;
}

async function newStore(options: { sample?: boolean; role?: string; office?: string } = {}): Promise<string> {
  const store = tempPath('store');
  const args = ['init', '--store', store, '--office', options.office ?? 'Hyogo branch office', '--person', 'Test person', '--role', options.role ?? 'branch'];
  const result = await run(options.sample ? [...args, '--sample'] : args);
  expect(result.code, result.stderr).toBe(0);
  return store;
}

type StoreFile = { identity: { installationId: string; fingerprint: string; privateKeyJwk: { d: string } }; state: MemoryState };
async function readStore(path: string): Promise<StoreFile> {
  return JSON.parse(await readFile(path, 'utf8'));
}

/** Records as they travel (without the local `syncedFrom`), per collection, sorted by id. */
function travelling(state: MemoryState): Record<CollectionName, SyncRecord[]> {
  return Object.fromEntries(
    SYNC_COLLECTIONS.map((name) => [name, state.records[name].map(portable).sort((a, b) => (a.id < b.id ? -1 : 1))]),
  ) as Record<CollectionName, SyncRecord[]>;
}

const countsOf = (state: MemoryState) => Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, state.records[name].length]));

describe('inspect', () => {
  it('prints the fixture\'s header, fingerprint, counts and checks', async () => {
    const result = await run(['inspect', FIXTURE]);
    expect(result.code).toBe(0);
    const { sender } = fixtureHeader;
    expect(sender.office).toBe(FIXTURE_OFFICE);
    expect(result.stdout).toContain(`Sender:           ${FIXTURE_OFFICE}`);
    expect(result.stdout).toContain(`Person:           ${sender.person}`);
    expect(result.stdout).toContain('Role:             secretariat');
    expect(result.stdout).toContain(`Installation id:  ${sender.installationId}`);
    expect(result.stdout).toContain(`Key fingerprint:  ${fixtureFingerprint}`);
    expect(result.stdout).toContain('Kind:             full');
    expect(result.stdout).toContain('Encrypted:        no');
    for (const name of SYNC_COLLECTIONS) expect(result.stdout).toMatch(new RegExp(`^  ${name} +${expected[name]}$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^  total +${expectedTotal}$`, 'm'));
    expect(result.stdout).toContain('Signature:        valid');
    expect(result.stdout).toContain('Content:          valid');
  });

  it('prints one JSON object with --json', async () => {
    const result = await run(['inspect', FIXTURE, '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      readable: true,
      format: 'near-desk-bundle',
      formatVersion: 1,
      full: true,
      encrypted: false,
      recipient: null,
      fingerprint: fixtureFingerprint,
      sender: { office: FIXTURE_OFFICE, role: 'secretariat' },
      signatureValid: true,
      content: { status: 'valid' },
    });
    expect(report.counts).toEqual(expected);
  });

  it('shows an encrypted bundle\'s header without the passphrase, and checks its content with it', async () => {
    const locked = JSON.parse((await run(['inspect', PROTECTED, '--json'])).stdout);
    expect(locked).toMatchObject({ encrypted: true, signatureValid: true, content: { status: 'notChecked' } });
    expect(locked.encryption).toEqual({ algorithm: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: encryptionSchema.shape.kdf.shape.iterations.minValue });
    expect(locked.counts).toEqual(expected);

    const opened = await run(['inspect', PROTECTED, '--json', '--passphrase-env', 'NEAR_TEST_PASSPHRASE']);
    expect(JSON.parse(opened.stdout).content).toEqual({ status: 'valid' });
    expect(opened.stdout + opened.stderr).not.toContain('near-2018');

    const wrong = await run(['inspect', PROTECTED, '--passphrase-env', 'NEAR_WRONG_PASSPHRASE']);
    expect(wrong.code).toBe(0);
    expect(wrong.stdout).toMatch(/Content: +INVALID \[wrongPassphrase\]/);
  });

  it('reads a tampered bundle but reports its invalid signature', async () => {
    const at = fixtureText.indexOf('Pohang', fixtureText.indexOf('"content":"'));
    const result = await run(['inspect', await tempFile(changeByteAt(fixtureText, at))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Signature:        INVALID');
  });

  it('fails on a file that is not a readable bundle, in text and in JSON', async () => {
    const truncated = await tempFile(fixtureText.slice(0, fixtureText.length / 2));
    const text = await run(['inspect', truncated]);
    expect(text.code).toBe(1);
    expect(text.stderr).toContain('[truncated]');
    const json = await run(['inspect', truncated, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ readable: false, reason: 'truncated' });
    expect((await run(['inspect', join(dir, 'missing.nearbundle')])).code).toBe(1);
  });
});

describe('verify', () => {
  it('accepts the fixture', async () => {
    const result = await run(['verify', FIXTURE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`OK, signed by ${FIXTURE_OFFICE}`);
    expect(result.stdout).toContain(fixtureFingerprint);
    expect(result.stdout).toContain(`${expectedTotal} valid records`);
  });

  it('refuses damaged copies, each with its own reason and message', async () => {
    const contentStart = fixtureText.indexOf('"content":{');
    const officeAt = fixtureText.indexOf(FIXTURE_OFFICE) + FIXTURE_OFFICE.indexOf('Pohang');
    expect(officeAt).toBeLessThan(contentStart);
    const cases: Array<[string, string, string]> = [
      ['cut in half', fixtureText.slice(0, Math.floor(fixtureText.length / 2)), 'truncated'],
      ['empty', '', 'truncated'],
      ['one changed byte in the content', changeByteAt(fixtureText, fixtureText.indexOf('Pohang', contentStart)), 'badSignature'],
      ['one changed byte in the office name', changeByteAt(fixtureText, officeAt), 'badSignature'],
      ['not JSON', 'Minutes of the 2018 General Assembly\n', 'invalidJson'],
      ['another JSON file', await readFile(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8'), 'wrongFormat'],
      ['a newer format version', fixtureText.replace('"formatVersion":1,', '"formatVersion":2,'), 'newerFormat'],
      ['a newer minimum app version', fixtureText.replace(/"minAppVersion":"[^"]+"/, '"minAppVersion":"99.0.0"'), 'appTooOld'],
    ];
    const messages = new Map<string, string>();
    for (const [label, text, reason] of cases) {
      expect(text, label).not.toBe(fixtureText);
      const result = await run(['verify', await tempFile(text)]);
      expect(result.code, label).toBe(1);
      expect(result.stdout, label).toBe('');
      expect(result.stderr, label).toContain(`refused [${reason}]`);
      messages.set(reason, result.stderr.slice(result.stderr.indexOf('[')));
    }
    expect(new Set(messages.values()).size).toBe(messages.size);
  });

  it('needs the right passphrase for a protected bundle', async () => {
    expect((await run(['verify', PROTECTED, '--passphrase-env', 'NEAR_TEST_PASSPHRASE'])).code).toBe(0);
    const wrong = await run(['verify', PROTECTED, '--passphrase-env', 'NEAR_WRONG_PASSPHRASE']);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('[wrongPassphrase]');
    const missing = await run(['verify', PROTECTED]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[passphraseRequired]');
    const unset = await run(['verify', PROTECTED, '--passphrase-env', 'NEAR_UNSET_VARIABLE']);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('NEAR_UNSET_VARIABLE');
  });

  it('checks the signing key against --fingerprint', async () => {
    const compact = fixtureFingerprint.replace(/ /g, '').toLowerCase();
    expect((await run(['verify', FIXTURE, '--fingerprint', compact])).code).toBe(0);
    const other = fixtureFingerprint.startsWith('0') ? `1${fixtureFingerprint.slice(1)}` : `0${fixtureFingerprint.slice(1)}`;
    const wrong = await run(['verify', FIXTURE, '--fingerprint', other]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('[fingerprint]');
    expect(wrong.stderr).toContain(fixtureFingerprint);
    expect((await run(['verify', FIXTURE, '--fingerprint', 'ABCD'])).code).toBe(2);
  });

  it('takes no passphrase on the command line, and does not echo one', async () => {
    const result = await run(['verify', PROTECTED, '--passphrase', 'near-2018']);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain('near-2018');
    expect((await run(['verify'])).code).toBe(2);
  });
});

describe('init', () => {
  it('creates a store with the sample stamped by its own new identity', async () => {
    const store = await newStore({ sample: true, role: 'secretariat', office: FIXTURE_OFFICE });
    const file = await readStore(store);
    expect(countsOf(file.state)).toEqual(expected);
    expect(file.identity.privateKeyJwk.d).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(file.identity.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    for (const name of SYNC_COLLECTIONS) {
      for (const record of file.state.records[name]) {
        expect(RECORD_SCHEMAS[name].safeParse(record).success).toBe(true);
        expect(record.createdBy).toBe(file.identity.installationId);
        expect(record).not.toHaveProperty('localSeq');
      }
    }
    // The private key is in the file: only its owner may read it.
    expect((await stat(store)).mode & 0o077).toBe(0);
  });

  it('never overwrites an existing file', async () => {
    const store = await newStore();
    const before = await readFile(store);
    const again = await run(['init', '--store', store, '--office', 'Other', '--person', 'Other', '--role', 'branch']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
    expect(await readFile(store)).toEqual(before);
  });

  it('refuses an unknown role as a usage error', async () => {
    const result = await run(['init', '--store', tempPath('store'), '--office', 'X', '--person', 'Y', '--role', 'governor']);
    expect(result.code).toBe(2);
  });
});

describe('merge', () => {
  it('refuses an unknown sender without --trust, showing its fingerprint, and leaves the store as it was', async () => {
    const store = await newStore();
    const before = await readFile(store);
    const result = await run(['merge', '--store', store, FIXTURE]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${fixtureFingerprint} (new sender, not trusted)`);
    expect(result.stderr).toContain('[untrusted]');
    expect(await readFile(store)).toEqual(before);
  });

  it('merges the fixture with --trust, and a second time changes nothing', async () => {
    const store = await newStore();
    const first = await run(['merge', '--store', store, '--trust', FIXTURE]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(fixtureFingerprint);
    expect(first.stdout).toContain(`added ${expectedTotal}, changed 0, deleted 0, unchanged 0, conflicts 0, refused 0, gaps none`);
    const state = (await readStore(store)).state;
    expect(countsOf(state)).toEqual(expected);
    expect(travelling(state)).toEqual(
      Object.fromEntries(
        SYNC_COLLECTIONS.map((name) => [
          name,
          fixtureHeader.content.records[name].sort((a, b) => (a.id < b.id ? -1 : 1)),
        ]),
      ),
    );
    expect(state.peers.map((peer) => peer.fingerprint)).toEqual([fixtureFingerprint]);

    const second = await run(['merge', '--store', store, FIXTURE]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('(trusted)');
    expect(second.stdout).toContain('merged before');
    expect(second.stdout).toContain(`added 0, changed 0, deleted 0, unchanged ${expectedTotal}, conflicts 0`);
    expect(travelling((await readStore(store)).state)).toEqual(travelling(state));
  });

  it('merges a bundle written by 0.2.0, which has no dues collections, as having none', async () => {
    const old = JSON.parse(await readFile(FROM_0_2, 'utf8')) as { minAppVersion: string; counts: Record<string, number> };
    expect(old.minAppVersion).toBe('0.2.0');
    expect(old.counts).not.toHaveProperty('dues');
    const store = await newStore();
    const result = await run(['merge', '--store', store, '--trust', FROM_0_2]);
    expect(result.code, result.stderr).toBe(0);
    const counts = countsOf((await readStore(store)).state);
    expect(counts).toEqual({ ...expected, dues: 0, duesPostponements: 0 });
  });

  it('merges an encrypted bundle with its passphrase', async () => {
    const store = await newStore();
    const result = await run(['merge', '--store', store, '--trust', '--passphrase-env', 'NEAR_TEST_PASSPHRASE', PROTECTED]);
    expect(result.code, result.stderr).toBe(0);
    expect(countsOf((await readStore(store)).state)).toEqual(expected);
  });

  it('saves nothing when any bundle in the list is refused', async () => {
    const store = await newStore();
    const before = await readFile(store);
    const damaged = await tempFile(fixtureText.replace('"formatVersion":1,', '"formatVersion":2,'), 'damaged');
    const result = await run(['merge', '--store', store, '--trust', FIXTURE, damaged]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`added ${expectedTotal}`);
    expect(result.stderr).toContain(`${damaged}: refused [newerFormat]`);
    expect(result.stderr).toContain('is unchanged');
    expect(await readFile(store)).toEqual(before);
  });
});

describe('export', () => {
  it('writes a bundle of the store\'s own records that another store merges into the same records', async () => {
    const source = await newStore({ sample: true, role: 'secretariat', office: FIXTURE_OFFICE });
    const bundle = join(dir, 'own.nearbundle');
    const exported = await run(['export', '--store', source, '--out', bundle]);
    expect(exported.code, exported.stderr).toBe(0);
    expect((await run(['verify', bundle])).code).toBe(0);
    const sourceState = (await readStore(source)).state;
    expect(sourceState.log.map((entry) => entry.direction)).toEqual(['export']);

    const target = await newStore();
    const merged = await run(['merge', '--store', target, '--trust', bundle]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(travelling((await readStore(target)).state)).toEqual(travelling(sourceState));
  });

  it('passes on merged records; the secretariat-only ones only to a store that knows their origin', async () => {
    const relay = await newStore();
    expect((await run(['merge', '--store', relay, '--trust', FIXTURE])).code).toBe(0);
    const bundle = join(dir, 'relayed.nearbundle');
    expect((await run(['export', '--store', relay, '--out', bundle])).code).toBe(0);
    expect((await run(['verify', bundle])).code).toBe(0);
    const relayState = (await readStore(relay)).state;

    // The receiver does not know the office that made the members and committees, so it cannot
    // tell that the secretariat made them: those records are left out (and listed), the rest merge.
    const target = await newStore();
    const merged = await run(['merge', '--store', target, '--trust', bundle]);
    expect(merged.code, merged.stderr).toBe(0);
    const secretariatOnly = expected.members + expected.committees + expected.dues + expected.duesPostponements;
    expect(merged.stdout).toContain(`added ${expectedTotal - secretariatOnly},`);
    expect(merged.stdout).toContain('left out:     members');
    const partial = travelling((await readStore(target)).state);
    expect(partial.members).toEqual([]);
    expect(partial.committees).toEqual([]);
    expect(partial.duesPostponements).toEqual([]);
    for (const name of ['meetings', 'contacts', 'visits', 'followUps'] as const) expect(partial[name]).toEqual(travelling(relayState)[name]);
  });

  // Records left out (secretariat-only data relayed by an office this store does not know as the
  // secretariat) must not count as known, or the secretariat's own bundle would skip them later.
  it('lets a store that left relayed records out take them from the secretariat itself', async () => {
    const relay = await newStore();
    expect((await run(['merge', '--store', relay, '--trust', FIXTURE])).code).toBe(0);
    const bundle = join(dir, 'relayed-then-direct.nearbundle');
    expect((await run(['export', '--store', relay, '--out', bundle])).code).toBe(0);
    const target = await newStore();
    expect((await run(['merge', '--store', target, '--trust', bundle])).code).toBe(0);
    expect((await run(['merge', '--store', target, '--trust', FIXTURE])).code).toBe(0);
    expect(travelling((await readStore(target)).state)).toEqual(travelling((await readStore(relay)).state));
  });

  it('encrypts with a passphrase from the environment, never printing it', async () => {
    const source = await newStore({ sample: true, role: 'secretariat' });
    const bundle = join(dir, 'secret.nearbundle');
    const env = { NEAR_EXPORT_PASSPHRASE: 'correct horse battery staple' };
    const exported = await run(['export', '--store', source, '--out', bundle, '--passphrase-env', 'NEAR_EXPORT_PASSPHRASE'], env);
    expect(exported.code, exported.stderr).toBe(0);
    const text = await readFile(bundle, 'utf8');
    expect(text).not.toContain('Republic of Buryatia');
    expect(text + exported.stdout + exported.stderr).not.toContain(env.NEAR_EXPORT_PASSPHRASE);
    expect((await run(['verify', bundle, '--passphrase-env', 'NEAR_EXPORT_PASSPHRASE'], env)).code).toBe(0);
  });

  it('refuses to write the bundle over the store file', async () => {
    const store = await newStore();
    const before = await readFile(store);
    expect((await run(['export', '--store', store, '--out', store])).code).toBe(2);
    expect(await readFile(store)).toEqual(before);
  });
});

describe('help and usage', () => {
  it.each(COMMANDS.map((command) => command.name))('%s --help', async (name) => {
    const result = await run([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: npm run bundle -- ${name} `));
  });

  it('lists the commands, and treats an unknown one as a usage error', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const command of COMMANDS) expect(help.stdout).toContain(`  ${command.name}`);
    expect((await run([])).code).toBe(2);
    const unknown = await run(['import', FIXTURE]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command: import');
  });
});
