import { z } from 'zod';
import { APP_VERSION, compareVersions } from '../version';
import { BundleRefused } from './bundle-errors';
import { isPlainObject } from './changes';
import { ADDED_COLLECTIONS, OFFICE_ROLES, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { encodeConcatenated, fromBase64, toBase64, utf8, utf8Length } from './encoding';
import { INSTALLATION_ID, isHlc } from './hlc';
import { isKnowledge, type Knowledge } from './knowledge';
import { MAX_BUNDLE_BYTES, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './limits';
import { stableStringify } from './record-stamp';
import { isSafeName, segmentShapeProblem, type Segment } from './segments';
import { decryptBytes, encrypt, verify, type SigningKey } from './signing';

/** The bundle format this build writes. A reader refuses a higher one (see `minAppVersion`). */
export const FORMAT_VERSION = 2;
/**
 * The first NEAR Desk that reads what this build writes; raised only when a change needs a newer
 * reader. 0.4.0 introduced format 2 (changes in segments signed by their authors).
 */
export const MIN_READER_VERSION = '0.4.0';
export const FORMAT_NAME = 'near-desk-bundle';
/** The file extension the packaged app registers. */
export const BUNDLE_EXTENSION = '.nearbundle';

export const installationIdSchema = z.string().regex(INSTALLATION_ID, { error: 'validation.invalid' });
const hlc = z.string().refine(isHlc, { error: 'validation.invalid' });
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
/** A name shown to people: no control or bidirectional characters that could disguise what they read. */
const safeName = z.string().min(1).max(200).refine(isSafeName, { error: 'validation.invalid' });

/** The office that made a bundle, as it described itself, and the public half of its key. */
export const senderSchema = z.object({
  installationId: installationIdSchema,
  office: safeName,
  person: safeName,
  role: z.enum(OFFICE_ROLES),
  publicKey: base64.length(44),
});
export type BundleSender = z.infer<typeof senderSchema>;

export const encryptionSchema = z.object({
  algorithm: z.literal('AES-256-GCM'),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(MAX_PBKDF2_ITERATIONS),
    /** 16 bytes. */
    salt: base64.length(24),
  }),
  /** 12 bytes. */
  iv: base64.length(16),
});

/** A collection added after the first format may be missing from an older writer's bundle. */
function maybeAdded<S extends z.ZodType>(name: CollectionName, schema: S) {
  return ADDED_COLLECTIONS[name] ? schema.optional() : schema;
}

const perCollection = () =>
  z.object(Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, maybeAdded(name, z.number().int().min(0))])) as Record<CollectionName, z.ZodNumber>);

/**
 * A header's fields, in the order a writer puts them: the reader rebuilds the text before the
 * content from the parsed header, so the order is part of the format.
 */
function headerSchema<V extends z.ZodType, C extends z.ZodType>(formatVersion: V, counts: C) {
  return z.object({
    format: z.literal(FORMAT_NAME),
    formatVersion,
    /** The oldest NEAR Desk version that can read this bundle. */
    minAppVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    bundleId: z.uuid(),
    createdAt: z.iso.datetime(),
    sender: senderSchema,
    /** The installation the bundle was made for, if it was made for one. */
    recipient: installationIdSchema.optional(),
    /** True when it carries everything, not just what the recipient had not seen. */
    full: z.boolean(),
    counts,
    encryption: encryptionSchema.nullable(),
  });
}

/** Everything readable without the passphrase; covered by the signature. */
export const bundleHeaderSchema = headerSchema(
  z.literal(FORMAT_VERSION),
  /** Segments in the content, and record changes per collection in them. */
  z.object({ segments: z.number().int().min(0), changes: perCollection() }),
);
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

/** The header of format 1 (0.2 and 0.3): records rather than signed changes. Read, never written. */
const legacyHeaderSchema = headerSchema(z.literal(1), perCollection());
export type LegacyHeader = z.infer<typeof legacyHeaderSchema>;

/**
 * The file: the header, an Ed25519 signature of header and content, and the content, last. The
 * content is the bundle content itself (a JSON object) or, when `encryption` is set, the base64
 * AES-GCM ciphertext of its JSON text.
 */
export const bundleFileSchema = bundleHeaderSchema.extend({
  signature: base64.length(88),
  content: z.union([z.string(), z.looseObject({})]),
});
const legacyFileSchema = legacyHeaderSchema.extend({ signature: base64.length(88), content: z.union([z.string(), z.looseObject({})]) });

export type BundleFile = (BundleHeader | LegacyHeader) & {
  signature: string;
  content: unknown;
  /** The content exactly as written in the file: what the signature covers. */
  contentText: string;
  /** The same content as the file's bytes, when the reader had them (then they are what is verified). */
  contentBytes?: Uint8Array;
};

const changeSchema = z.object({
  collection: z.enum(SYNC_COLLECTIONS),
  id: z.uuid(),
  clocks: z.record(z.string(), hlc),
  values: z.record(z.string(), z.unknown()),
  seen: z.record(installationIdSchema, hlc),
  createdAt: z.iso.datetime().optional(),
});

/** A segment: a batch of one installation's changes, numbered and signed by it (for the JSON Schema). */
export const segmentSchema = z.object({
  body: z.object({
    author: senderSchema,
    seq: z.number().int().min(1),
    changes: z.array(changeSchema).min(1),
  }),
  signature: base64.length(88),
});

const knowledgeSchema = z.record(
  installationIdSchema,
  z.object({ seqs: z.array(z.tuple([z.number().int().min(1), z.number().int().min(1)])), digest: base64.length(44) }),
);

/** The content of format 2 (for the JSON Schema; readers check it by hand, see `readBundleContent`). */
export const bundleContentSchema = z.object({
  /** What the sender held when it made the bundle: per installation, the segment numbers and a digest. */
  upTo: knowledgeSchema,
  segments: z.array(segmentSchema),
});
export type BundleContent = { upTo: Knowledge; segments: Segment[] };

/** The content of format 1: whole records, whose authorship the format cannot prove. */
export type LegacyContent = { records: Record<CollectionName, Array<Record<string, unknown>>> };

/**
 * The message an Ed25519 signature covers: the canonical header, a newline, and the content's JSON
 * text exactly as it stands in the file (an object, or the ciphertext as a JSON string).
 */
function signedMessage<C extends string | Uint8Array>(header: BundleHeader | LegacyHeader, content: C): readonly [string, C] {
  return [`${stableStringify(header)}\n`, content];
}

function headerOf(file: BundleFile): BundleHeader | LegacyHeader {
  const { signature: _signature, content: _content, contentText: _text, ...header } = file;
  return header;
}

/** Everything in the file before the content's text: the header and signature, then `"content":`. */
function prefixOf(header: BundleHeader | LegacyHeader, signature: string): string {
  return `${JSON.stringify({ ...header, signature }).slice(0, -1)},"content":`;
}

export type WriteBundleInput = {
  header: Omit<BundleHeader, 'format' | 'formatVersion' | 'minAppVersion' | 'encryption' | 'counts'>;
  upTo: Knowledge;
  /** The segments' texts exactly as their authors signed them. */
  segments: readonly string[];
  counts: BundleHeader['counts'];
  key: SigningKey;
  passphrase?: string;
  /** Only for tests: a cheaper key derivation. */
  kdfIterations?: number;
};

/**
 * Serialises, optionally encrypts, and signs a bundle. The segments go in as their authors wrote
 * them, joined rather than parsed and written again. Returns the file's text: the header, the
 * signature and then the content as plain JSON, last.
 */
export async function writeBundle(input: WriteBundleInput): Promise<string> {
  return (await sealBundle(input)).text;
}

/** `writeBundle`, also giving the file's size in bytes (counted while signing, not in a second pass). */
export async function sealBundle(input: WriteBundleInput): Promise<{ text: string; bytes: number }> {
  let contentText = `{"upTo":${JSON.stringify(input.upTo)},"segments":[${input.segments.join(',')}]}`;
  let encryption: BundleHeader['encryption'] = null;
  if (input.passphrase) {
    const sealed = await encrypt(contentText, input.passphrase, input.kdfIterations);
    encryption = sealed.encryption;
    contentText = JSON.stringify(sealed.ciphertext);
  }
  const header: BundleHeader = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    minAppVersion: MIN_READER_VERSION,
    ...input.header,
    counts: input.counts,
    encryption,
  };
  const [headerLine, content] = signedMessage(header, contentText);
  const message = encodeConcatenated([headerLine, content]);
  const signature = toBase64(new Uint8Array(await crypto.subtle.sign('Ed25519', input.key.privateKey, message)));
  const prefix = prefixOf(header, signature);
  const contentBytes = message.length - utf8Length(headerLine);
  // Header first and content last, so a person opening the file sees who sent it.
  return { text: `${prefix}${contentText}}`, bytes: utf8Length(prefix) + contentBytes + 1 };
}

/**
 * A bundle file's bytes as text: strictly UTF-8 (a damaged or converted file is refused, not read
 * with replacement characters, which would let two different files read as one), without the
 * byte-order mark some editors put first. Refuses a file over the size limit before decoding it.
 */
export function decodeBundleBytes(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) throw new BundleRefused('tooLarge', { size: bytes.byteLength, limit: MAX_BUNDLE_BYTES });
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw new BundleRefused('notUtf8');
  }
}

/**
 * Whether `JSON.parse` failed because the text stops early rather than because it is not JSON:
 * V8 names the position where it gave up, and for a cut file that is the end of the text.
 */
function endsEarly(text: string, message: string): boolean {
  if (text.trim() === '' || /end of JSON input|Unterminated string/i.test(message)) return true;
  const position = /at position (\d+)/.exec(message);
  return position !== null && Number(position[1]) >= text.trimEnd().length;
}

/** The text without one final line break, which mail gateways and editors add to files. */
function withoutFinalNewline(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

/** Salt and IV must decode to exactly 16 and 12 bytes; anything else is a damaged or forged header. */
function checkEncryptionHeader(raw: unknown): void {
  if (!isPlainObject(raw)) return;
  const kdf = isPlainObject(raw.kdf) ? raw.kdf : {};
  const bytes = (value: unknown) => {
    try {
      return typeof value === 'string' ? fromBase64(value).length : -1;
    } catch {
      return -1;
    }
  };
  if (bytes(kdf.salt) !== 16) throw new BundleRefused('badEncryption', { field: 'salt' });
  if (bytes(raw.iv) !== 12) throw new BundleRefused('badEncryption', { field: 'iv' });
  const iterations = kdf.iterations;
  if (typeof iterations !== 'number' || !Number.isInteger(iterations) || iterations < MIN_PBKDF2_ITERATIONS || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new BundleRefused('badEncryption', { field: 'iterations', limit: MAX_PBKDF2_ITERATIONS });
  }
}

/**
 * Reads a bundle's envelope without trusting it: refuses what is not a complete, well-formed
 * bundle of a format this build can read, laid out exactly as a writer lays it out.
 */
export function parseBundleFile(input: string, bytes?: Uint8Array): BundleFile {
  const text = withoutFinalNewline(input);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw new BundleRefused(endsEarly(text, message) ? 'truncated' : 'invalidJson');
  }
  if (!isPlainObject(raw) || raw.format !== FORMAT_NAME) throw new BundleRefused('wrongFormat');
  const { formatVersion, minAppVersion } = raw;
  if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) {
    throw new BundleRefused('newerFormat', {
      formatVersion,
      minAppVersion: typeof minAppVersion === 'string' && /^\d+\.\d+\.\d+$/.test(minAppVersion) ? minAppVersion : '?',
      appVersion: APP_VERSION,
    });
  }
  if (typeof minAppVersion === 'string' && /^\d+\.\d+\.\d+$/.test(minAppVersion) && compareVersions(minAppVersion, APP_VERSION) > 0) {
    throw new BundleRefused('appTooOld', { minAppVersion, appVersion: APP_VERSION });
  }
  if (raw.encryption !== null && raw.encryption !== undefined) checkEncryptionHeader(raw.encryption);
  const parsed = (formatVersion === 1 ? legacyFileSchema : bundleFileSchema).safeParse(raw);
  if (!parsed.success) throw new BundleRefused('wrongFormat', { path: parsed.error.issues[0]?.path.join('.') ?? '' });
  // The content's own text, for the signature: the file must be exactly what a writer makes
  // (header, signature, content last). Anything reformatted or rearranged cannot be checked.
  const { signature, content: _content, ...header } = parsed.data;
  const prefix = prefixOf(header, signature);
  if (!text.startsWith(prefix) || !text.endsWith('}')) {
    const trimmed = text.trim();
    // Blank space around an otherwise intact bundle: a copy that went through a program that added it.
    if (trimmed !== text && trimmed.startsWith(prefix) && trimmed.endsWith('}')) throw new BundleRefused('extraText');
    throw new BundleRefused('badSignature');
  }
  const contentText = text.slice(prefix.length, -1);
  // Not enumerable: it is derived from the file, and a copy of the file object must not carry it.
  const file = Object.defineProperty(parsed.data as unknown as BundleFile, 'contentText', { value: contentText, enumerable: false, writable: true });
  if (bytes) {
    // The same span in the file's bytes: after a byte-order mark and the text before the content,
    // before the closing brace and the one line break that was tolerated.
    const start = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0) + utf8Length(prefix);
    const end = bytes.length - (input.length - text.length) - 1;
    Object.defineProperty(file, 'contentBytes', { value: bytes.subarray(start, end), enumerable: false, writable: true });
  }
  return file;
}

/** Checks the signature against the public key the bundle names; any changed byte fails it. */
export async function verifyBundleFile(file: BundleFile): Promise<boolean> {
  return verify(file.sender.publicKey, file.signature, signedMessage(headerOf(file), file.contentBytes ?? file.contentText));
}

/** The content's JSON text (and its bytes, when known): decrypted with the passphrase when the bundle is protected. */
export async function contentOf(file: BundleFile, passphrase?: string): Promise<{ text: string; bytes?: Uint8Array }> {
  if (!file.encryption) return { text: file.contentText, bytes: file.contentBytes };
  if (typeof file.content !== 'string') throw new BundleRefused('wrongFormat', { path: 'content' });
  if (!passphrase) throw new BundleRefused('passphraseRequired');
  const opened = await decryptBytes(file.content, passphrase, file.encryption);
  if (opened === null) throw new BundleRefused('wrongPassphrase');
  try {
    return { text: utf8.decode(opened), bytes: opened };
  } catch {
    throw new BundleRefused('wrongFormat', { path: 'content' });
  }
}

function parseContent(file: BundleFile, text: string): unknown {
  if (!file.encryption) return file.content;
  try {
    return JSON.parse(text);
  } catch {
    throw new BundleRefused('wrongFormat', { path: 'content' });
  }
}

/**
 * Decrypts (if needed) and checks the content of a format 2 bundle: what the sender holds, and
 * every segment's shape (each change's fields and clocks, not yet its values or signature). The
 * counts must match the header's. Returns the content and its text, exactly as signed.
 */
export async function readBundleContent(file: BundleFile, passphrase?: string): Promise<{ content: BundleContent; text: string; bytes?: Uint8Array }> {
  if (file.formatVersion !== FORMAT_VERSION) throw new BundleRefused('wrongFormat', { path: 'formatVersion' });
  const { text, bytes } = await contentOf(file, passphrase);
  const raw = parseContent(file, text);
  if (!isPlainObject(raw)) throw new BundleRefused('wrongFormat', { path: 'content' });
  for (const key in raw) if (Object.hasOwn(raw, key) && key !== 'upTo' && key !== 'segments') throw new BundleRefused('invalidRecord', { path: key, record: '' });
  if (!isKnowledge(raw.upTo)) throw new BundleRefused('invalidRecord', { path: 'upTo', record: '' });
  if (!Array.isArray(raw.segments)) throw new BundleRefused('invalidRecord', { path: 'segments', record: '' });
  const changes = Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, 0])) as Record<CollectionName, number>;
  raw.segments.forEach((segment: unknown, index) => {
    const problem = segmentShapeProblem(segment, `segments.${index}`);
    if (problem) throw new BundleRefused('invalidRecord', problem);
    for (const change of (segment as Segment).body.changes) changes[change.collection] += 1;
  });
  const counts = file.counts as BundleHeader['counts'];
  if (raw.segments.length !== counts.segments) throw new BundleRefused('wrongFormat', { path: 'counts.segments' });
  for (const name of SYNC_COLLECTIONS) if (changes[name] !== counts.changes[name]) throw new BundleRefused('wrongFormat', { path: `counts.changes.${name}` });
  return { content: raw as BundleContent, text, bytes };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Decrypts and checks the content of a format 1 bundle (0.2, 0.3): per collection, records with an
 * id and clocks. Their fields are checked when their changes are applied.
 */
export async function readLegacyContent(file: BundleFile, passphrase?: string): Promise<LegacyContent> {
  const raw = parseContent(file, (await contentOf(file, passphrase)).text);
  const records = isPlainObject(raw) && isPlainObject(raw.records) ? raw.records : null;
  if (!records) throw new BundleRefused('invalidRecord', { path: 'records', record: '' });
  const result = {} as LegacyContent['records'];
  for (const name of SYNC_COLLECTIONS) {
    const list = Object.hasOwn(records, name) ? records[name] : ADDED_COLLECTIONS[name] ? [] : undefined;
    if (!Array.isArray(list)) throw new BundleRefused('invalidRecord', { path: `records.${name}`, record: '' });
    list.forEach((row: unknown, index) => {
      const fine =
        isPlainObject(row) &&
        typeof row.id === 'string' &&
        UUID.test(row.id) &&
        isHlc(row.hlc) &&
        isPlainObject(row.fieldClocks) &&
        Object.values(row.fieldClocks).every(isHlc) &&
        isPlainObject(row.versions) &&
        Object.values(row.versions).every(isHlc);
      if (!fine) throw new BundleRefused('invalidRecord', { path: `records.${name}.${index}`, record: isPlainObject(row) && typeof row.id === 'string' ? row.id.slice(0, 36) : '' });
    });
    if (list.length !== ((file.counts as Partial<Record<CollectionName, number>>)[name] ?? 0)) throw new BundleRefused('wrongFormat', { path: `counts.${name}` });
    result[name] = list as Array<Record<string, unknown>>;
  }
  return { records: result };
}
