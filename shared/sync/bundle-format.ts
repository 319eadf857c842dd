import { z } from 'zod';
import { ADDED_COLLECTIONS, OFFICE_ROLES, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { encodeConcatenated, toBase64, utf8, utf8Length } from './encoding';
import { INSTALLATION_ID, isHlc } from './hlc';
import { type Knowledge } from './knowledge';
import { BundleTooLarge } from './bundle-errors';
import { MAX_ENCRYPTED_CONTENT_BYTES, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './limits';
import { stableStringify } from './record-stamp';
import { isSafeName, type Segment } from './segments';
import { encrypt, type SigningKey } from './signing';

/**
 * The bundle format this build writes. A reader refuses a higher one (see `minAppVersion`). Format 3
 * (0.5.0) is format 2 whose meetings and visits may carry partial dates ("2018-10", "2018"), which
 * a 0.4 reader would refuse record by record; so 0.4 refuses the whole bundle up front instead.
 */
export const FORMAT_VERSION = 3;
/** The first format of changes in segments signed by their authors (0.4.0); formats 2 and 3 are read alike. */
export const SIGNED_FORMAT_VERSION = 2;
/**
 * The first NEAR Desk that reads what this build writes; raised only when a change needs a newer
 * reader. 0.4.0 introduced format 2 (changes in segments signed by their authors), 0.5.0 format 3
 * (dates as precise as their source); 0.6.0 records fields 0.5 would refuse record by record
 * (follow-ups due by a month or a year, a visit's counts, the end of a dues postponement), so 0.5
 * refuses a 0.6 bundle up front, naming the version it needs.
 */
export const MIN_READER_VERSION = '0.6.0';

/** Whether a bundle of this format version carries signed segments (2 and 3) rather than format 1's records. */
export function isSignedFormat(formatVersion: number): boolean {
  return formatVersion >= SIGNED_FORMAT_VERSION && formatVersion <= FORMAT_VERSION;
}
export const FORMAT_NAME = 'near-desk-bundle';
export { BUNDLE_EXTENSION } from './bundle-extension';

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
  z.union([z.literal(SIGNED_FORMAT_VERSION), z.literal(FORMAT_VERSION)]),
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
export const legacyFileSchema = legacyHeaderSchema.extend({ signature: base64.length(88), content: z.union([z.string(), z.looseObject({})]) });

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
export function signedMessage<C extends string | Uint8Array>(header: BundleHeader | LegacyHeader, content: C): readonly [string, C] {
  return [`${stableStringify(header)}\n`, content];
}

export function headerOf(file: BundleFile): BundleHeader | LegacyHeader {
  // Key by key: the content may not be parsed yet (see parseBundleFile), and reading it here would parse it.
  const header: Record<string, unknown> = {};
  for (const key of Object.keys(file)) if (key !== 'signature' && key !== 'content' && key !== 'contentText') header[key] = file[key as keyof BundleFile];
  return header as BundleHeader | LegacyHeader;
}

/** Everything in the file before the content's text: the header and signature, then `"content":`. */
export function prefixOf(header: BundleHeader | LegacyHeader, signature: string): string {
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
 * signature and then the content as plain JSON, last. (For small bundles: `sealBundle` gives the
 * file's bytes, which a bundle of any size the format allows fits in.)
 */
export async function writeBundle(input: WriteBundleInput): Promise<string> {
  return utf8.decode(await sealBundle(input));
}

/** How a writer lays the content out: `{"upTo":…,"segments":[<segment>,…]}` (readers find segments by it). */
export const CONTENT_HEAD = '{"upTo":';
export const SEGMENTS_HEAD = ',"segments":[';

/** The signature's length in base64 (64 bytes): the text before the content is as long whatever it says. */
const SIGNATURE_LENGTH = 88;

/**
 * `writeBundle`, as the file's bytes. The file is made in one buffer, never as one string (a
 * bundle of 500,000 records is longer than the longest string V8 can hold): the content's parts
 * are encoded in place, the header line is written just before them to be signed together, and
 * the text before the content (the same length whatever the signature) is then written over it.
 */
export async function sealBundle(input: WriteBundleInput): Promise<Uint8Array<ArrayBuffer>> {
  let parts: string[] = [`${CONTENT_HEAD}${JSON.stringify(input.upTo)}${SEGMENTS_HEAD}`, ...input.segments.flatMap((segment, index) => (index === 0 ? [segment] : [',', segment])), ']}'];
  let encryption: BundleHeader['encryption'] = null;
  if (input.passphrase) {
    const plain = encodeConcatenated(parts);
    // The ciphertext is written as one base64 string, which V8 limits in length: refused, not crashed on.
    if (plain.length > MAX_ENCRYPTED_CONTENT_BYTES) throw new BundleTooLarge(plain.length, MAX_ENCRYPTED_CONTENT_BYTES);
    const sealed = await encrypt(plain, input.passphrase, input.kdfIterations);
    encryption = sealed.encryption;
    parts = [JSON.stringify(sealed.ciphertext)];
  }
  const header: BundleHeader = {
    format: FORMAT_NAME,
    formatVersion: FORMAT_VERSION,
    minAppVersion: MIN_READER_VERSION,
    ...input.header,
    counts: input.counts,
    encryption,
  };
  const [headerLine] = signedMessage(header, '');
  const headerBytes = utf8.encode(headerLine);
  const before = utf8Length(prefixOf(header, 'A'.repeat(SIGNATURE_LENGTH)));
  const file = encodeConcatenated(parts, before, 1);
  const end = file.length - 1;
  file[end] = 0x7d; // the file's closing brace
  // The header line ends where the content starts (it is shorter than the text before the content, which holds it and more).
  file.set(headerBytes, before - headerBytes.length);
  const signature = toBase64(new Uint8Array(await crypto.subtle.sign('Ed25519', input.key.privateKey, file.subarray(before - headerBytes.length, end))));
  // Header first and content last, so a person opening the file sees who sent it.
  new TextEncoder().encodeInto(prefixOf(header, signature), file);
  return file;
}
