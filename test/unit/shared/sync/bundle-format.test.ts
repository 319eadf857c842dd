import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BundleRefused, BundleTooLarge, type RefusalReason } from '../../../../shared/sync/bundle-errors';
import { FORMAT_VERSION, sealBundle, writeBundle, type BundleFile, type BundleHeader } from '../../../../shared/sync/bundle-format';
import { decodeBundleBytes, parseBundleFile, readBundleContent } from '../../../../shared/sync/bundle-read';
import type { Change } from '../../../../shared/sync/changes';
import { SYNC_COLLECTIONS, type CollectionName } from '../../../../shared/sync/collections';
import { fingerprintOf, generateSigningKey, sign, type SigningKey } from '../../../../shared/sync/signing';
import { toBase64, utf8 } from '../../../../shared/sync/encoding';
import { exportBundle } from '../../../../shared/sync/export';
import { formatHlc } from '../../../../shared/sync/hlc';
import { applyImport, openBundle, openContent, openEnvelope, planImport, type OpenedBundle } from '../../../../shared/sync/import';
import { MAX_ENCRYPTED_CONTENT_BYTES, MAX_PBKDF2_ITERATIONS } from '../../../../shared/sync/limits';
import { domainFields, stableStringify } from '../../../../shared/sync/record-stamp';
import { authorStatement } from '../../../../shared/sync/seal';
import { segmentTextOf, signSegment } from '../../../../shared/sync/segments';
import { APP_VERSION, compareVersions } from '../../../../shared/version';
import { createLocal, dataOf, makeReplica, sample, type Replica } from './replica';

const KDF_ITERATIONS = 100_000; // the lowest the format accepts: keeps these tests fast

const failureOf = (opening: Promise<unknown>) =>
  opening.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );

/**
 * Why the file is refused, read as the app reads it (from its bytes, decoding only the header
 * first) and as text: both must refuse it, for the same reason.
 */
async function refusalOf(text: string, passphrase?: string): Promise<BundleRefused> {
  const error = await failureOf(openBundle(text, passphrase));
  expect(error).toBeInstanceOf(BundleRefused);
  const fromBytes = await failureOf(openEnvelope(utf8.encode(text)).then((envelope) => openContent(envelope, passphrase)));
  expect(fromBytes, 'refused from the bytes as from the text').toMatchObject({ reason: (error as BundleRefused).reason });
  return error as BundleRefused;
}

async function expectRefused(text: string, reason: RefusalReason, passphrase?: string): Promise<BundleRefused> {
  const error = await refusalOf(text, passphrase);
  expect(error.reason).toBe(reason);
  return error;
}

/** A file as a writer lays it out (header, signature, content last), signed over the changed header. */
async function resign(file: BundleFile, key: Pick<SigningKey, 'privateKey'>): Promise<string> {
  const { signature: _signature, content, ...header } = file;
  const contentText = JSON.stringify(content);
  const signature = await sign(key.privateKey, `${stableStringify(header)}\n${contentText}`);
  return `${JSON.stringify({ ...header, signature }).slice(0, -1)},"content":${contentText}}`;
}

/** As `resign`, with the content laid out as `contentText` says. */
async function resignText(file: BundleFile, contentText: string, key: Pick<SigningKey, 'privateKey'>): Promise<string> {
  const { signature: _signature, content: _content, ...header } = file;
  const signature = await sign(key.privateKey, `${stableStringify(header)}\n${contentText}`);
  return `${JSON.stringify({ ...header, signature }).slice(0, -1)},"content":${contentText}}`;
}

/** Replaces the first occurrence of `from` in `text`, failing the test if it is not there. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  expect(at, `"${from}" is in the bundle`).toBeGreaterThanOrEqual(0);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Every change the opened bundle carries for a collection, as `{id: values}`: what its records would read. */
function valuesIn(opened: OpenedBundle, collection: CollectionName): Record<string, Record<string, unknown>> {
  const changes = opened.segments.flatMap((segment) => segment.body.changes).filter((change) => change.collection === collection);
  return Object.fromEntries(changes.map((change) => [change.id, change.values]));
}

/** The domain fields of a replica's records in a collection, as `{id: fields}`. */
function fieldsIn(replica: Replica, collection: CollectionName): Record<string, Record<string, unknown>> {
  return Object.fromEntries(dataOf(replica.store)[collection].map((record) => [record.id, domainFields(record)]));
}

/** A change of `author`'s, every field in `values` stamped now by it (or by `clockOf`, to forge another's clock). */
function changeBy(author: Replica, collection: CollectionName, id: string, values: Record<string, unknown>, clockOf = author.identity.installationId): Change {
  const clock = formatHlc({ millis: Date.now(), counter: 0, node: clockOf });
  return { collection, id, clocks: Object.fromEntries(Object.keys(values).map((field) => [field, clock])), values, seen: {} };
}

/** A bundle from `author` carrying one segment it signed with the given changes, whatever they hold. */
async function handMade(author: Replica, changes: Change[]): Promise<string> {
  const statement = authorStatement(author.identity);
  const { text: segment } = await signSegment({ author: statement, seq: 1, changes }, author.identity.privateKey);
  const counts: BundleHeader['counts'] = {
    segments: 1,
    changes: Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, changes.filter((change) => change.collection === name).length])) as Record<CollectionName, number>,
  };
  return writeBundle({
    header: { bundleId: crypto.randomUUID(), createdAt: new Date().toISOString(), sender: statement, full: true },
    upTo: {},
    segments: [segment],
    counts,
    key: author.identity,
  });
}

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
    expect(opened.legacy).toBeNull();
    // One segment: Pohang's three new records, signed by Pohang as their author.
    expect(opened.segments).toHaveLength(1);
    const [segment] = opened.segments;
    expect(segment).toMatchObject({ valid: true, body: { seq: 1, author: { installationId: pohang.identity.installationId, publicKey: pohang.identity.publicKey } } });
    expect(segment.body.changes).toHaveLength(3);
    expect(opened.fingerprints.get(pohang.identity.publicKey)).toBe(pohang.identity.fingerprint);
    expect(valuesIn(opened, 'contacts')).toEqual(fieldsIn(pohang, 'contacts'));
    expect(valuesIn(opened, 'visits')).toEqual(fieldsIn(pohang, 'visits'));
    // What Pohang says it holds: its own segment number 1.
    expect(Object.keys(opened.upTo)).toEqual([pohang.identity.installationId]);
    expect(opened.upTo[pohang.identity.installationId].seqs).toEqual([[1, 1]]);
    expect(opened.file.counts).toEqual({ segments: 1, changes: expect.objectContaining({ contacts: 2, visits: 1, members: 0 }) });
  });

  it('tolerates one final line break and a leading byte-order mark, and nothing more', async () => {
    for (const ending of ['\n', '\r\n']) await expect(openBundle(`${text}${ending}`)).resolves.toMatchObject({ fingerprint: pohang.identity.fingerprint });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(text)]);
    expect(decodeBundleBytes(withBom)).toBe(text);
    await expect(openBundle(decodeBundleBytes(withBom))).resolves.toMatchObject({ fingerprint: pohang.identity.fingerprint });

    await expectRefused(`${text}\n\n`, 'extraText');
    await expectRefused(`${text}\r\n\r\n`, 'extraText');
    await expectRefused(` ${text}`, 'extraText');
    await expectRefused(`\n${text}`, 'extraText');
  });

  it('refuses bytes that are not UTF-8, without reading them with replacement characters', async () => {
    const bytes = utf8.encode(text);
    const at = utf8.encode(text.slice(0, text.indexOf('Kim Min-jun'))).length;
    for (const damaged of [
      new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at + 1)]),
      new Uint8Array([...bytes.subarray(0, at), 0xc3, ...bytes.subarray(at + 1)]), // a lone lead byte
      new Uint8Array([...bytes, 0xe2, 0x82]), // cut inside a character
    ]) {
      expect(() => decodeBundleBytes(damaged)).toThrow(expect.objectContaining({ name: 'BundleRefused', reason: 'notUtf8' }));
      await expect(openEnvelope(damaged)).rejects.toMatchObject({ name: 'BundleRefused', reason: 'notUtf8' });
    }
  });

  it('refuses content that is not UTF-8 even when its sender signed it, from the bytes whose header alone was decoded', async () => {
    const { signature: _signature, content: _content, ...header } = file;
    const bytes = utf8.encode(file.contentText);
    const at = utf8.encode(file.contentText.slice(0, file.contentText.indexOf('Kim Min-jun'))).length;
    const damaged = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at + 1)]);
    const signature = await sign(pohang.identity.privateKey, [`${stableStringify(header)}\n`, damaged]);
    const prefix = utf8.encode(`${JSON.stringify({ ...header, signature }).slice(0, -1)},"content":`);
    const signed = new Uint8Array([...prefix, ...damaged, 0x7d]);
    const envelope = await openEnvelope(signed);
    expect(envelope.file.sender.office).toBe('Pohang');
    await expect(openContent(envelope)).rejects.toMatchObject({ name: 'BundleRefused', reason: 'notUtf8' });
  });

  it('reads from the bytes what it reads from the text: every segment, its text as its author signed it, and its signature', async () => {
    const author = await makeReplica('Ulaanbaatar', 'seconded');
    await createLocal(author, 'contacts', sample.contact('Батбаяр 朴 \u{1F3D4} "quoted\\" \u2028'));
    await exportBundle(author.store, author.identity);
    await createLocal(author, 'contacts', sample.contact('Kim Min-jun'));
    // Two segments: each export seals what was new since the one before.
    const both = (await exportBundle(author.store, author.identity)).text;
    const fromText = await openBundle(both);
    const fromBytes = await openContent(await openEnvelope(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(both), 0x0d, 0x0a])));
    expect(fromBytes.segments.length).toBeGreaterThan(1);
    // From the bytes, a segment's text stays the file's bytes until it is stored.
    expect(fromBytes.segments.map((segment) => segment.text instanceof Uint8Array)).toEqual(fromBytes.segments.map(() => true));
    const asText = fromBytes.segments.map((segment) => ({ ...segment, text: segmentTextOf(segment.text) }));
    expect(asText).toEqual(fromText.segments);
    expect(fromBytes.segments.every((segment) => segment.valid)).toBe(true);
    expect(fromBytes.upTo).toEqual(fromText.upTo);
    expect(both).toContain(`,"segments":[${asText.map((segment) => segment.text).join(',')}]}`);
    expect(valuesIn(fromBytes, 'contacts')).toEqual(fieldsIn(author, 'contacts'));
    // Each segment was found in the bytes and decoded on its own, its body checked over the file's bytes.
    const read = await readBundleContent((await openEnvelope(utf8.encode(both))).file);
    expect(read.segments.map(({ body, text }) => [body instanceof Uint8Array, text && segmentTextOf(text)])).toEqual(fromText.segments.map((segment) => [true, segment.text]));
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
    const newer = await resign({ ...file, formatVersion: FORMAT_VERSION + 1 } as unknown as BundleFile, pohang.identity);
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
    const counts = file.counts as BundleHeader['counts'];
    await expectRefused(JSON.stringify({ ...file, counts: { ...counts, changes: { ...counts.changes, members: 1 } } }), 'badSignature');
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

  it('opens a change whose value breaks its field\'s rules; the import leaves its whole signed batch out (nothing of it kept or passed on), naming the record and field', async () => {
    const good = crypto.randomUUID();
    const broken = crypto.randomUUID();
    const signed = await handMade(pohang, [
      changeBy(pohang, 'contacts', good, sample.contact('Lee Ji-woo')),
      changeBy(pohang, 'contacts', broken, { ...sample.contact('Park Seo-yeon'), email: 'not an e-mail address' }),
    ]);
    const opened = await openBundle(signed);
    expect(opened.segments).toEqual([expect.objectContaining({ valid: true })]);

    const receiver = await makeReplica('Hyogo', 'branch');
    const invalid = [{ collection: 'contacts', recordId: broken, field: 'email', origin: pohang.identity.installationId }];
    expect((await planImport(receiver.store, opened, receiver.identity)).invalid).toEqual(invalid);
    const summary = await applyImport(receiver.store, opened, receiver.identity, { trustSender: true });
    expect(summary.invalid).toEqual(invalid);
    expect(summary.counts).toMatchObject({ added: 0 });
    // The valid change beside it is left out with it: the batch was signed as one.
    expect(dataOf(receiver.store).contacts.map((record) => record.id)).not.toContain(good);
    expect(dataOf(receiver.store).contacts).toEqual([]);
    expect(receiver.store.snapshot().segments).toEqual([]);
    expect(receiver.store.snapshot().log.at(-1)?.refused).toBe(1);
  });

  it("refuses a change whose clock names another installation than the segment's author", async () => {
    const id = crypto.randomUUID();
    const signed = await handMade(pohang, [changeBy(pohang, 'contacts', id, sample.contact(), crypto.randomUUID())]);
    const error = await expectRefused(signed, 'invalidRecord');
    expect(error.details).toEqual({ path: 'segments.0.body.changes.0.clocks.name', record: id });
  });

  it("refuses a change to a field that is not the collection's own, even one every object has", async () => {
    for (const field of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'fieldClocks', 'localSeq']) {
      const id = crypto.randomUUID();
      const clock = formatHlc({ millis: Date.now(), counter: 0, node: pohang.identity.installationId });
      // Parsed, so that `__proto__` is a field of its own rather than the object's prototype.
      const change = JSON.parse(
        JSON.stringify({ collection: 'contacts', id, clocks: { name: clock }, values: { name: 'Kim' }, seen: {} })
          .replace('"clocks":{', `"clocks":{"${field}":"${clock}",`)
          .replace('"values":{', `"values":{"${field}":"x",`),
      ) as Change;
      expect(Object.hasOwn(change.clocks, field), field).toBe(true);
      const error = await expectRefused(await handMade(pohang, [change]), 'invalidRecord');
      expect(error.details, field).toEqual({ path: `segments.0.body.changes.0.clocks.${field}`, record: id });
    }
  });

  it('refuses a bundle whose header counts do not match its content', async () => {
    const counts = file.counts as BundleHeader['counts'];
    const withCounts = (changed: BundleHeader['counts']) => resign({ ...file, counts: changed } as BundleFile, pohang.identity);
    const segments = await withCounts({ ...counts, segments: counts.segments + 1 });
    expect((await expectRefused(segments, 'wrongFormat')).details).toEqual({ path: 'counts.segments' });
    const changes = await withCounts({ ...counts, changes: { ...counts.changes, contacts: counts.changes.contacts + 1 } });
    expect((await expectRefused(changes, 'wrongFormat')).details).toEqual({ path: 'counts.changes.contacts' });
    // The right total in the wrong collection.
    const elsewhere = await withCounts({ ...counts, changes: { ...counts.changes, visits: 0, members: 1 } });
    expect((await expectRefused(elsewhere, 'wrongFormat')).details).toEqual({ path: 'counts.changes.members' });
  });

  it("checks each segment against its author's key: a segment changed and sent on under a valid envelope is marked, not applied", async () => {
    const tampered = JSON.parse(JSON.stringify(file.content)) as { segments: Array<{ body: { changes: Change[] } }> };
    const change = tampered.segments[0].body.changes.find((entry) => entry.values.name === 'Kim Min-jun')!;
    change.values.name = 'Kim Min-jin';
    const relayer = await makeReplica('Hyogo', 'branch');
    const resent = await resign({ ...file, sender: authorStatement(relayer.identity), content: tampered } as BundleFile, relayer.identity);

    const opened = await openBundle(resent);
    expect(opened.segments).toEqual([expect.objectContaining({ valid: false })]);
    const receiver = await makeReplica('Vladivostok', 'seconded');
    const summary = await applyImport(receiver.store, opened, receiver.identity, { trustSender: true });
    expect(summary.unattributed).toEqual([expect.objectContaining({ reason: 'forged', installationId: pohang.identity.installationId, segments: 1, changes: 3 })]);
    expect(summary.counts.added).toBe(0);
    expect(dataOf(receiver.store).contacts).toEqual([]);
  });

  it("checks a segment over the file's own bytes, and over its author's canonical text when a relay lays the content out otherwise", async () => {
    const author = await makeReplica('Ulaanbaatar', 'seconded');
    const name = 'Батбаяр 朴 \u{1F3D4}\u2028';
    const written = await handMade(author, [changeBy(author, 'contacts', crypto.randomUUID(), { name, memberId: 'm-1', title: { en: 'Director' } })]);
    const written1 = parseBundleFile(written);
    const open = async (bundle: string) => (await openContent(await openEnvelope(utf8.encode(bundle)))).segments.map((segment) => segment.valid);

    // As written: verified over the bytes, the non-ASCII name included.
    expect(await open(written)).toEqual([true]);
    const [opened] = (await openContent(await openEnvelope(utf8.encode(written)))).segments;
    expect(opened.body.changes[0].values.name).toBe(name);

    // Re-laid out by a relay (indented, letters escaped): the author's canonical text still verifies.
    const relay = await makeReplica('Hyogo', 'branch');
    const asRelay = { ...written1, sender: authorStatement(relay.identity) } as BundleFile;
    const indented = JSON.stringify(written1.content, null, 2).replace(/"Director"/, '"\\u0044irector"');
    expect(await open(await resignText(asRelay, indented, relay.identity))).toEqual([true]);

    // A second "body" after the signed one (JSON keeps the last), naming someone else: the segment no longer holds.
    const content = written1.content as { segments: Array<{ body: { changes: Change[] } }> };
    const segmentText = JSON.stringify(content.segments[0]);
    const [change] = content.segments[0].body.changes;
    const other = { ...content.segments[0].body, changes: [{ ...change, values: { ...change.values, name: 'Someone else' } }] };
    const doubled = JSON.stringify(content).replace(segmentText, `${segmentText.slice(0, -1)},"body":${JSON.stringify(other)}}`);
    expect(doubled).not.toBe(JSON.stringify(written1.content));
    expect(await open(await resignText(asRelay, doubled, relay.identity))).toEqual([false]);
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
    expect(opened.segments).toEqual([expect.objectContaining({ valid: true })]);
    expect(valuesIn(opened, 'contacts')).toEqual(fieldsIn(pohang, 'contacts'));
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

  it('refuse a salt or IV of the wrong length, naming it', async () => {
    const outer = parseBundleFile(sealed);
    const encryption = outer.encryption!;
    const cases: Array<[string, object]> = [
      ['iv', { iv: '' }],
      ['iv', { iv: toBase64(new Uint8Array(8)) }],
      ['salt', { kdf: { ...encryption.kdf, salt: toBase64(new Uint8Array(15)) } }],
    ];
    for (const [field, change] of cases) {
      const error = await expectRefused(JSON.stringify({ ...outer, encryption: { ...encryption, ...change } }), 'badEncryption', passphrase);
      expect(error.details).toMatchObject({ field });
    }
  });

  it('are refused when their ciphertext would not fit in one string, naming the size and the limit', async () => {
    // A content just over the limit (its shape is not checked when sealing): the refusal names both sizes.
    const segment = `"${'a'.repeat(MAX_ENCRYPTED_CONTENT_BYTES)}"`;
    const sealing = sealBundle({
      header: { bundleId: crypto.randomUUID(), createdAt: new Date().toISOString(), sender: authorStatement(pohang.identity), full: true },
      upTo: {},
      segments: [segment],
      counts: { segments: 1, changes: Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, 0])) as Record<CollectionName, number> },
      key: pohang.identity,
      passphrase,
      kdfIterations: MAX_PBKDF2_ITERATIONS,
    });
    await expect(sealing).rejects.toBeInstanceOf(BundleTooLarge);
    await expect(sealing).rejects.toMatchObject({ limit: MAX_ENCRYPTED_CONTENT_BYTES, bytes: segment.length + '{"upTo":{},"segments":[]}'.length });
  });

  it('refuse a key derivation too costly to attempt, before attempting it', async () => {
    const outer = parseBundleFile(sealed);
    const encryption = outer.encryption!;
    const costly = JSON.stringify({ ...outer, encryption: { ...encryption, kdf: { ...encryption.kdf, iterations: 10_000_000 } } });
    const started = performance.now();
    const error = await expectRefused(costly, 'badEncryption', passphrase);
    // 10,000,000 PBKDF2 rounds take several seconds; the refusal comes before any of them.
    expect(performance.now() - started).toBeLessThan(500);
    expect(error.details).toEqual({ field: 'iterations', limit: MAX_PBKDF2_ITERATIONS });
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
