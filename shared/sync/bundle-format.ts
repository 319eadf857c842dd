import { z } from 'zod';
import { APP_VERSION, compareVersions } from '../version';
import { BundleRefused } from './bundle-errors';
import { ADDED_COLLECTIONS, RECORD_SCHEMAS, OFFICE_ROLES, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { decrypt, encrypt, sign, verify, type SigningKey } from './signing';
import { isHlc } from './hlc';
import type { SyncRecord } from './merge';
import { stableStringify } from './record-stamp';

/** The bundle format this build writes. A reader refuses a higher one (see `minAppVersion`). */
export const FORMAT_VERSION = 1;
/**
 * The first NEAR Desk that reads what this build writes; raised only when a change needs a newer
 * reader. 0.3.0 added the dues ledger and the meetings' roll call and decisions: a 0.2 reader would
 * drop those fields and hand the records on without them, so it must refuse ("update the app").
 */
export const MIN_READER_VERSION = '0.3.0';
export const FORMAT_NAME = 'near-desk-bundle';
/** The file extension the packaged app registers. */
export const BUNDLE_EXTENSION = '.nearbundle';

const hlc = z.string().refine(isHlc, { error: 'validation.invalid' });
const versionsSchema = z.record(z.string(), hlc);
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** The office that made a bundle, as it described itself, and the public half of its key. */
export const senderSchema = z.object({
  installationId: z.uuid(),
  office: z.string().min(1).max(200),
  person: z.string().min(1).max(200),
  role: z.enum(OFFICE_ROLES),
  publicKey: base64.length(44),
});
export type BundleSender = z.infer<typeof senderSchema>;

export const encryptionSchema = z.object({
  algorithm: z.literal('AES-256-GCM'),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(100_000).max(10_000_000),
    salt: base64,
  }),
  iv: base64,
});

/** A collection added after the first format may be missing from an older writer's bundle. */
function maybeAdded<S extends z.ZodType>(name: CollectionName, schema: S) {
  return ADDED_COLLECTIONS[name] ? schema.optional() : schema;
}

const countsSchema = z.object(
  Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, maybeAdded(name, z.number().int().min(0))])) as Record<CollectionName, z.ZodNumber>,
);

/** Everything readable without the passphrase; covered by the signature. */
export const bundleHeaderSchema = z.object({
  format: z.literal(FORMAT_NAME),
  formatVersion: z.number().int().min(1),
  /** The oldest NEAR Desk version that can read this bundle. */
  minAppVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  bundleId: z.uuid(),
  createdAt: z.iso.datetime(),
  sender: senderSchema,
  /** The installation the bundle was made for, if it was made for one. */
  recipient: z.uuid().optional(),
  /** True when it carries everything, not just what the recipient had not seen. */
  full: z.boolean(),
  counts: countsSchema,
  encryption: encryptionSchema.nullable(),
});
export type BundleHeader = z.infer<typeof bundleHeaderSchema>;

/**
 * The file: the header, an Ed25519 signature of header and content, and the content, last. The
 * content is the bundle content itself (a JSON object) or, when `encryption` is set, the base64
 * AES-GCM ciphertext of its JSON text.
 */
export const bundleFileSchema = bundleHeaderSchema.extend({
  signature: base64.length(88),
  content: z.union([z.string(), z.looseObject({})]),
});
export type BundleFile = z.infer<typeof bundleFileSchema> & {
  /** The content exactly as written in the file: what the signature covers. */
  contentText: string;
};

/** The records and the knowledge they carry. */
export const bundleContentSchema = z.object({
  /** What the recipient was known to have: per installation, the clock up to which it had every change. */
  since: versionsSchema,
  /** What the sender had when it made the bundle, in the same terms. */
  upTo: versionsSchema,
  records: z.object(
    Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, maybeAdded(name, z.array(RECORD_SCHEMAS[name]))])) as {
      [K in CollectionName]: z.ZodArray<(typeof RECORD_SCHEMAS)[K]>;
    },
  ),
});
export type BundleContent = {
  since: Record<string, string>;
  upTo: Record<string, string>;
  records: Record<CollectionName, SyncRecord[]>;
};

/**
 * The message an Ed25519 signature covers: the canonical header, a newline, and the content's JSON
 * text exactly as it stands in the file (an object, or the ciphertext as a JSON string).
 */
function signedMessage(header: BundleHeader, contentText: string): readonly string[] {
  return [`${stableStringify(header)}\n`, contentText];
}

function headerOf(file: BundleFile): BundleHeader {
  const { signature: _signature, content: _content, contentText: _text, ...header } = file;
  return header;
}

/** Everything in the file before the content's text: the header and signature, then `"content":`. */
function prefixOf(header: BundleHeader, signature: string): string {
  return `${JSON.stringify({ ...header, signature }).slice(0, -1)},"content":`;
}

export type WriteBundleInput = {
  header: Omit<BundleHeader, 'format' | 'formatVersion' | 'minAppVersion' | 'encryption' | 'counts'>;
  content: BundleContent;
  key: SigningKey;
  passphrase?: string;
  /** Only for tests: a cheaper key derivation. */
  kdfIterations?: number;
};

/**
 * Serialises, optionally encrypts, and signs a bundle. Returns the file's text: the header, the
 * signature and then the content as plain JSON, not as a string inside JSON, so neither side ever
 * escapes or holds a second copy of a content that can be hundreds of megabytes.
 */
export async function writeBundle(input: WriteBundleInput): Promise<string> {
  let contentText = JSON.stringify(input.content);
  let encryption: BundleHeader['encryption'] = null;
  if (input.passphrase) {
    const sealed = await encrypt(contentText, input.passphrase, input.kdfIterations);
    encryption = sealed.encryption;
    contentText = JSON.stringify(sealed.ciphertext);
  }
  const counts = Object.fromEntries(
    SYNC_COLLECTIONS.map((name) => [name, input.content.records[name].length]),
  ) as Record<CollectionName, number>;
  const header: BundleHeader = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    minAppVersion: MIN_READER_VERSION,
    ...input.header,
    counts,
    encryption,
  };
  const signature = await sign(input.key.privateKey, signedMessage(header, contentText));
  // Header first and content last, so a person opening the file sees who sent it.
  return `${prefixOf(header, signature)}${contentText}}`;
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

/**
 * Reads a bundle's envelope without trusting it: refuses what is not a complete, well-formed
 * bundle of a format this build can read.
 */
export function parseBundleFile(text: string): BundleFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw new BundleRefused(endsEarly(text, message) ? 'truncated' : 'invalidJson');
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== FORMAT_NAME) {
    throw new BundleRefused('wrongFormat');
  }
  const { formatVersion, minAppVersion } = raw as { formatVersion?: unknown; minAppVersion?: unknown };
  if (typeof formatVersion === 'number' && formatVersion > FORMAT_VERSION) {
    throw new BundleRefused('newerFormat', {
      formatVersion,
      minAppVersion: typeof minAppVersion === 'string' ? minAppVersion : '?',
      appVersion: APP_VERSION,
    });
  }
  if (typeof minAppVersion === 'string' && /^\d+\.\d+\.\d+$/.test(minAppVersion) && compareVersions(minAppVersion, APP_VERSION) > 0) {
    throw new BundleRefused('appTooOld', { minAppVersion, appVersion: APP_VERSION });
  }
  const parsed = bundleFileSchema.safeParse(raw);
  if (!parsed.success) throw new BundleRefused('wrongFormat', { path: parsed.error.issues[0]?.path.join('.') ?? '' });
  // The content's own text, for the signature: the file must be exactly what a writer makes
  // (header, signature, content last). Anything reformatted or rearranged cannot be checked.
  const { signature, content: _content, ...header } = parsed.data;
  const prefix = prefixOf(header, signature);
  const contentText = text.startsWith(prefix) && text.endsWith('}') ? text.slice(prefix.length, -1) : null;
  if (contentText === null) throw new BundleRefused('badSignature');
  // Not enumerable: it is derived from the file, and a copy of the file object must not carry it.
  return Object.defineProperty(parsed.data, 'contentText', { value: contentText, enumerable: false }) as BundleFile;
}

/** Checks the signature against the public key the bundle names; any changed byte fails it. */
export async function verifyBundleFile(file: BundleFile): Promise<boolean> {
  return verify(file.sender.publicKey, file.signature, signedMessage(headerOf(file), file.contentText));
}

/** The refusal for a record that breaks its schema, naming the record and the field. */
function invalidRecord(error: z.ZodError, path: Array<string | number>, id: unknown): BundleRefused {
  const issue = error.issues[0];
  return new BundleRefused('invalidRecord', {
    path: [...path, ...(issue?.path ?? [])].join('.'),
    record: typeof id === 'string' ? id : '',
  });
}

/** Checks one record against its collection's schema; returns the parsed record (unknown keys dropped). */
export function validateRecord(collection: CollectionName, record: unknown, index = 0): SyncRecord {
  const parsed = RECORD_SCHEMAS[collection].safeParse(record);
  if (!parsed.success) throw invalidRecord(parsed.error, ['records', collection, index], (record as { id?: unknown })?.id);
  return parsed.data as SyncRecord;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function isVersions(value: unknown): boolean {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const clock of Object.values(value)) if (typeof clock !== 'string' || !isHlc(clock)) return false;
  return true;
}

/**
 * The content with every record's id and clocks checked, but not yet its fields: what an import
 * needs to decide which records it must merge. Written out by hand rather than with zod, which
 * would copy each of 100,000 records to check three of their keys.
 */
function checkContentShape(raw: unknown): BundleContent {
  const content = raw as Partial<BundleContent> | null;
  if (!content || typeof content !== 'object' || !isVersions(content.since) || !isVersions(content.upTo)) {
    throw new BundleRefused('invalidRecord', { path: 'since/upTo', record: '' });
  }
  const records = content.records as Record<string, unknown> | undefined;
  if (!records || typeof records !== 'object') throw new BundleRefused('invalidRecord', { path: 'records', record: '' });
  for (const name of SYNC_COLLECTIONS) {
    if (records[name] === undefined && ADDED_COLLECTIONS[name]) records[name] = [];
    const list = records[name];
    if (!Array.isArray(list)) throw new BundleRefused('invalidRecord', { path: `records.${name}`, record: '' });
    list.forEach((record: unknown, index) => {
      const row = record as { id?: unknown; hlc?: unknown; versions?: unknown; fieldClocks?: unknown } | null;
      const fine =
        row !== null &&
        typeof row === 'object' &&
        typeof row.id === 'string' &&
        UUID.test(row.id) &&
        typeof row.hlc === 'string' &&
        isHlc(row.hlc) &&
        isVersions(row.versions) &&
        isVersions(row.fieldClocks);
      if (!fine) throw new BundleRefused('invalidRecord', { path: `records.${name}.${index}`, record: typeof row?.id === 'string' ? row.id : '' });
    });
  }
  return content as BundleContent;
}

/**
 * Decrypts (if needed) and validates the content. `records: 'all'` checks every record with the
 * shared record schemas now; `'whenMerged'` checks ids and clocks now and leaves each record's
 * fields to the import, which validates every record it is about to merge (a record this replica
 * already has in full is never merged, so a repeated import skips the cost).
 */
export async function readBundleContent(
  file: BundleFile,
  passphrase?: string,
  options: { records: 'all' | 'whenMerged' } = { records: 'all' },
): Promise<BundleContent> {
  let raw: unknown = file.content;
  if (file.encryption) {
    if (typeof file.content !== 'string') throw new BundleRefused('wrongFormat', { path: 'content' });
    if (!passphrase) throw new BundleRefused('passphraseRequired');
    const opened = await decrypt(file.content, passphrase, file.encryption);
    if (opened === null) throw new BundleRefused('wrongPassphrase');
    try {
      raw = JSON.parse(opened);
    } catch {
      throw new BundleRefused('wrongFormat', { path: 'content' });
    }
  }
  if (options.records === 'whenMerged') {
    const content = checkContentShape(raw);
    checkCounts(file, content);
    return content;
  }
  const parsed = bundleContentSchema.safeParse(raw);
  if (!parsed.success) {
    const [, collection, index] = parsed.error.issues[0]?.path ?? [];
    const records = (raw as { records?: Record<string, Array<{ id?: unknown }>> })?.records;
    const id = typeof collection === 'string' && typeof index === 'number' ? records?.[collection]?.[index]?.id : undefined;
    throw invalidRecord(parsed.error, [], id);
  }
  const content = parsed.data as BundleContent;
  for (const name of SYNC_COLLECTIONS) content.records[name] ??= [];
  checkCounts(file, content);
  return content;
}

function checkCounts(file: BundleFile, content: BundleContent): void {
  for (const name of SYNC_COLLECTIONS) {
    if (content.records[name].length !== (file.counts[name] ?? 0)) throw new BundleRefused('wrongFormat', { path: `counts.${name}` });
  }
}
