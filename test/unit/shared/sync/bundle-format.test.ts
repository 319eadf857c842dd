import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BundleRefused, type RefusalReason } from '../../../../shared/sync/bundle-errors';
import { FORMAT_VERSION, parseBundleFile, writeBundle, type BundleContent, type BundleFile } from '../../../../shared/sync/bundle-format';
import { fingerprintOf, generateSigningKey, sign, type SigningKey } from '../../../../shared/sync/signing';
import { toBase64 } from '../../../../shared/sync/encoding';
import { exportBundle } from '../../../../shared/sync/export';
import { applyImport, openBundle } from '../../../../shared/sync/import';
import type { SyncRecord } from '../../../../shared/sync/merge';
import { stableStringify } from '../../../../shared/sync/record-stamp';
import { APP_VERSION, compareVersions } from '../../../../shared/version';
import { createLocal, dataOf, makeReplica, sample, type Replica } from './replica';

const KDF_ITERATIONS = 100_000; // the lowest the format accepts: keeps these tests fast

async function refusalOf(text: string, passphrase?: string): Promise<BundleRefused> {
  const error = await openBundle(text, passphrase).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BundleRefused);
  return error as BundleRefused;
}

async function expectRefused(text: string, reason: RefusalReason, passphrase?: string): Promise<BundleRefused> {
  const error = await refusalOf(text, passphrase);
  expect(error.reason).toBe(reason);
  return error;
}

/** Signs a hand-edited file again with the sender's key, as a newer (or buggy) app would have written it. */
/** A file as a writer lays it out (header, signature, content last), signed over the changed header. */
async function resign(file: BundleFile, key: Pick<SigningKey, 'privateKey'>): Promise<string> {
  const { signature: _signature, content, ...header } = file;
  const contentText = JSON.stringify(content);
  const signature = await sign(key.privateKey, `${stableStringify(header)}\n${contentText}`);
  return `${JSON.stringify({ ...header, signature }).slice(0, -1)},"content":${contentText}}`;
}

/** Replaces the first occurrence of `from` in `text`, failing the test if it is not there. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" is in the bundle`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const byId = (records: SyncRecord[]) => [...records].sort((a, b) => (a.id < b.id ? -1 : 1));

let pohang: Replica;
let text: string;
let file: BundleFile;

beforeAll(async () => {
  pohang = await makeReplica('Pohang', 'secretariat', 'Ms Park');
  await createLocal(pohang, 'contacts', sample.contact('Kim Min-jun'));
  await createLocal(pohang, 'contacts', sample.contact('Tanaka Yuki'));
  await createLocal(pohang, 'visits', sample.visit('Courtesy call'));
  text = (await exportBundle(pohang.store, pohang.identity)).text;
  file = parseBundleFile(text);
});

describe('openBundle', () => {
  it('opens what exportBundle wrote, unchanged', async () => {
    const opened = await openBundle(text);
    expect(opened.file.sender).toMatchObject({ installationId: pohang.identity.installationId, office: 'Pohang', person: 'Ms Park' });
    expect(opened.file).toMatchObject({ format: 'near-desk-bundle', formatVersion: FORMAT_VERSION, full: true });
    expect(compareVersions(opened.file.minAppVersion, APP_VERSION)).toBeLessThanOrEqual(0);
    expect(opened.fingerprint).toBe(pohang.identity.fingerprint);
    expect(byId(opened.content.records.contacts)).toEqual(dataOf(pohang.store).contacts);
    expect(byId(opened.content.records.visits)).toEqual(dataOf(pohang.store).visits);
  });

  it('refuses a truncated file, wherever it was cut', async () => {
    await expectRefused('', 'truncated');
    await expectRefused('   \n', 'truncated');
    for (let end = 1; end < text.length; end += 1) {
      const error = await refusalOf(text.slice(0, end));
      expect(error.reason, `cut after ${end} of ${text.length} characters: …${text.slice(end - 20, end)}`).toBe('truncated');
    }
  });

  it('refuses what is not JSON, without calling it truncated', async () => {
    await expectRefused('PK\u0003\u0004 this is a zip file', 'invalidJson');
    await expectRefused(`${text}}`, 'invalidJson'); // something after the end
    await expectRefused(replaceOnce(text, '","', '" "'), 'invalidJson'); // a comma lost in the middle
    await expectRefused(replaceOnce(text, '":', '";'), 'invalidJson');
  });

  it('refuses JSON that is not a bundle', async () => {
    for (const other of ['{"hello":"world"}', '[]', 'null', '"near-desk-bundle"', '42']) await expectRefused(other, 'wrongFormat');
    const { sender: _sender, ...withoutSender } = file;
    await expectRefused(JSON.stringify(withoutSender), 'wrongFormat');
    await expectRefused(JSON.stringify({ ...file, signature: 'short' }), 'wrongFormat');
  });

  it('refuses a newer format, and a bundle that needs a newer app, before checking anything else', async () => {
    const newer = await resign({ ...file, formatVersion: FORMAT_VERSION + 1 }, pohang.identity);
    const error = await expectRefused(newer, 'newerFormat');
    expect(error.details).toMatchObject({ formatVersion: FORMAT_VERSION + 1, appVersion: APP_VERSION });

    const [major, minor] = APP_VERSION.split('.').map(Number);
    for (const minAppVersion of [`${major + 1}.0.0`, `${major}.${minor + 1}.0`]) {
      const tooOld = await expectRefused(await resign({ ...file, minAppVersion }, pohang.identity), 'appTooOld');
      expect(tooOld.details).toEqual({ minAppVersion, appVersion: APP_VERSION });
    }
    // An older minimum is fine.
    await expect(openBundle(await resign({ ...file, minAppVersion: '0.0.1' }, pohang.identity))).resolves.toBeDefined();
  });

  it('refuses a file with any changed character, in the content or in the header', async () => {
    await expectRefused(replaceOnce(text, 'Kim Min-jun', 'Kim Min-jin'), 'badSignature');
    await expectRefused(replaceOnce(text, '"office":"Pohang"', '"office":"Pohanq"'), 'badSignature');
    await expectRefused(replaceOnce(text, '"person":"Ms Park"', '"person":"Mr Park"'), 'badSignature');
    await expectRefused(JSON.stringify({ ...file, createdAt: '2020-01-01T00:00:00.000Z' }), 'badSignature');
    await expectRefused(JSON.stringify({ ...file, counts: { ...file.counts, members: 1 } }), 'badSignature');
    await expectRefused(JSON.stringify({ ...file, recipient: crypto.randomUUID() }), 'badSignature');
    // Another office's key, or the sender's own key over another message.
    const other = await generateSigningKey();
    await expectRefused(JSON.stringify({ ...file, sender: { ...file.sender, publicKey: other.publicKey } }), 'badSignature');
    await expectRefused(JSON.stringify({ ...file, signature: await sign(pohang.identity.privateKey, 'something else') }), 'badSignature');
  });

  it('refuses a one-character change anywhere in the signed content', async () => {
    // Letters and digits inside the content's string values: the file stays valid JSON, only the signature can tell.
    const start = text.length - 1 - file.contentText.length;
    const positions = [...file.contentText.matchAll(/:"([^"\\]+)"/g)].flatMap((match) =>
      [...match[1]].flatMap((character, offset) => (/[A-Za-z0-9]/.test(character) ? [start + match.index + 2 + offset] : [])),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...positions), fc.constantFrom('x', '7', 'Q'), async (at, replacement) => {
        fc.pre(text[at] !== replacement);
        await expectRefused(text.slice(0, at) + replacement + text.slice(at + 1), 'badSignature');
      }),
      { numRuns: 60 },
    );
  });

  it('refuses a record that breaks its schema, naming the record', async () => {
    const opened = await openBundle(text);
    const [good, second] = opened.content.records.contacts;
    const broken = { ...second, email: 'not an e-mail address' } as SyncRecord;
    const content: BundleContent = { ...opened.content, records: { ...opened.content.records, contacts: [good, broken] } };
    const signed = await writeBundle({
      header: { bundleId: crypto.randomUUID(), createdAt: new Date().toISOString(), sender: opened.file.sender, full: true },
      content,
      key: pohang.identity,
    });
    const error = await expectRefused(signed, 'invalidRecord');
    expect(error.details).toMatchObject({ record: broken.id, path: 'records.contacts.1.email' });

    const badClock = { ...good, fieldClocks: { ...good.fieldClocks, name: 'yesterday' } } as SyncRecord;
    const clockBundle = await writeBundle({
      header: { bundleId: crypto.randomUUID(), createdAt: new Date().toISOString(), sender: opened.file.sender, full: true },
      content: { ...opened.content, records: { ...opened.content.records, contacts: [badClock] } },
      key: pohang.identity,
    });
    expect((await expectRefused(clockBundle, 'invalidRecord')).details.record).toBe(good.id);

    // Opened as the app opens bundles (fields checked when merged): the clock is refused at once,
    // the bad e-mail address when the import reaches it, and the import then changes nothing.
    await expect(openBundle(clockBundle, undefined, { records: 'whenMerged' })).rejects.toMatchObject({ reason: 'invalidRecord' });
    const lazy = await openBundle(signed, undefined, { records: 'whenMerged' });
    const receiver = await makeReplica('Hyogo', 'branch');
    const before = JSON.stringify(receiver.store.snapshot());
    await expect(applyImport(receiver.store, lazy, receiver.identity, { trustSender: true })).rejects.toMatchObject({
      reason: 'invalidRecord',
      details: { record: broken.id },
    });
    expect(JSON.stringify(receiver.store.snapshot())).toBe(before);
  });

  it('refuses a bundle whose header counts do not match its content', async () => {
    const signed = await resign({ ...file, counts: { ...file.counts, contacts: file.counts.contacts + 1 } }, pohang.identity);
    const error = await expectRefused(signed, 'wrongFormat');
    expect(error.details).toEqual({ path: 'counts.contacts' });
  });
});

describe('passphrase-protected bundles', () => {
  let sealed: string;
  const passphrase = 'Tumen River 2024';

  beforeAll(async () => {
    sealed = (await exportBundle(pohang.store, pohang.identity, { passphrase, kdfIterations: KDF_ITERATIONS })).text;
  });

  it('hide the records but not who sent them', () => {
    const outer = JSON.parse(sealed) as BundleFile;
    expect(outer.encryption).toMatchObject({ algorithm: 'AES-256-GCM', kdf: { name: 'PBKDF2', iterations: KDF_ITERATIONS } });
    expect(outer.sender.office).toBe('Pohang');
    expect(sealed).not.toContain('Kim Min-jun');
    expect(sealed).not.toContain('Courtesy call');
  });

  it('ask for the passphrase, refuse a wrong one, and open with the right one', async () => {
    await expectRefused(sealed, 'passphraseRequired');
    await expectRefused(sealed, 'passphraseRequired', '');
    await expectRefused(sealed, 'wrongPassphrase', 'tumen river 2024');
    const opened = await openBundle(sealed, passphrase);
    expect(opened.file.encryption).not.toBeNull();
    expect(byId(opened.content.records.contacts)).toEqual(dataOf(pohang.store).contacts);
  });

  it('accept the passphrase however the keyboard composed its accents', async () => {
    const composed = 'Café Tumen'.normalize('NFC');
    const bundle = (await exportBundle(pohang.store, pohang.identity, { passphrase: composed, kdfIterations: KDF_ITERATIONS })).text;
    await expect(openBundle(bundle, composed.normalize('NFD'))).resolves.toBeDefined();
  });

  it('check the signature before trying the passphrase', async () => {
    const outer = parseBundleFile(sealed);
    const at = sealed.length - 1 - outer.contentText.length + 10;
    const flipped = sealed[at] === 'A' ? 'B' : 'A';
    const tampered = sealed.slice(0, at) + flipped + sealed.slice(at + 1);
    await expectRefused(tampered, 'badSignature', passphrase);
  });
});

describe('keys and fingerprints', () => {
  it('shows a fingerprint as eight groups of four hex digits of the SHA-256 of the public key', async () => {
    const raw = new Uint8Array(32).map((_, index) => index);
    const publicKey = toBase64(raw);
    const expected = createHash('sha256').update(raw).digest('hex').slice(0, 32).toUpperCase().match(/.{4}/g)!.join(' ');
    expect(await fingerprintOf(publicKey)).toBe(expected);
    expect(expected).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);

    const key = await generateSigningKey();
    expect(key.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){7}$/);
    expect(await fingerprintOf(key.publicKey)).toBe(key.fingerprint);
    expect((await generateSigningKey()).fingerprint).not.toBe(key.fingerprint);
  });

  it('never lets the private key out: not extractable, and not in a bundle', async () => {
    await expect(crypto.subtle.exportKey('jwk', pohang.identity.privateKey)).rejects.toThrow();

    // Even the command-line tool's extractable key never reaches the file.
    const key = await generateSigningKey(true);
    const jwk = await crypto.subtle.exportKey('jwk', key.privateKey);
    const replica: Replica = { ...pohang, identity: { ...pohang.identity, ...key } };
    for (const options of [{}, { passphrase: 'secret words', kdfIterations: KDF_ITERATIONS }]) {
      const bundle = (await exportBundle(replica.store, replica.identity, options)).text;
      expect(bundle).not.toContain(jwk.d);
      const keys = new Set<string>();
      const collect = (value: unknown): void => {
        if (typeof value === 'string' && value.startsWith('{')) return collect(JSON.parse(value));
        if (value && typeof value === 'object') {
          for (const [name, item] of Object.entries(value)) {
            keys.add(name);
            collect(item);
          }
        }
      };
      collect(JSON.parse(bundle));
      expect(keys).toContain('publicKey');
      expect(keys).not.toContain('privateKey');
      expect(keys).not.toContain('d');
    }
  });
});
