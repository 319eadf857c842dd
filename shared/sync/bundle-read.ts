import { APP_VERSION, compareVersions } from '../version';
import { BundleRefused } from './bundle-errors';
import {
  bundleFileSchema,
  FORMAT_NAME,
  FORMAT_VERSION,
  headerOf,
  isSignedFormat,
  legacyFileSchema,
  prefixOf,
  signedMessage,
  type BundleContent,
  type BundleFile,
  type BundleHeader,
  type LegacyContent,
} from './bundle-format';
import { isPlainObject } from './changes';
import { ADDED_COLLECTIONS, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { fromBase64, utf8, utf8Length } from './encoding';
import { isHlc } from './hlc';
import { isKnowledge } from './knowledge';
import { MAX_BUNDLE_BYTES, MAX_PBKDF2_ITERATIONS, MIN_PBKDF2_ITERATIONS } from './limits';
import { segmentShapeProblem, type Segment } from './segments';
import { decryptBytes, verify } from './signing';

/**
 * Reading a bundle without trusting it: its bytes as strict UTF-8, its envelope laid out exactly as
 * a writer lays it out, the sender's signature over those exact bytes, and its content (decrypted
 * if need be) checked for shape. What the content means is decided in open-bundle.ts and import.ts.
 */

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

/** Where the content starts: after the header and the signature, `"content":` comes last, as a writer lays it out. */
const CONTENT_KEY = ',"content":';

/**
 * The header and signature alone, parsed without the content (which is most of the file), when the
 * file is laid out as a writer lays it out; null otherwise. In JSON text an unescaped quote only
 * delimits strings, so the first `,"content":` is the content's key: the header has no such key,
 * and a value holding those characters writes its quotes escaped. Whether this was the real layout
 * is settled by comparing the text with the header written again (`parseBundleFile`).
 */
function headerAlone(text: string): Record<string, unknown> | null {
  const at = text.indexOf(CONTENT_KEY);
  if (!text.startsWith('{"format":') || at < 0 || !text.endsWith('}')) return null;
  try {
    const raw: unknown = JSON.parse(`${text.slice(0, at)}}`);
    return isPlainObject(raw) && !Object.hasOwn(raw, 'content') ? raw : null;
  } catch {
    return null;
  }
}

/** The content of a file whose header was read alone: parsed when first asked for. */
function lazyContent(file: BundleFile): BundleFile {
  let parsed: { value: unknown } | null = null;
  return Object.defineProperty(file, 'content', {
    enumerable: true,
    configurable: true,
    get() {
      if (parsed === null) {
        try {
          parsed = { value: JSON.parse(file.contentText) as unknown };
        } catch {
          throw new BundleRefused('wrongFormat', { path: 'content' });
        }
      }
      return parsed.value;
    },
  });
}

/**
 * Reads a bundle's envelope without trusting it: refuses what is not a complete, well-formed
 * bundle of a format this build can read, laid out exactly as a writer lays it out. The header is
 * read first and alone; the content (most of the file) is parsed when it is needed, after the
 * signature was checked, and not at all for a bundle recognised as imported before. With `whole`,
 * or when the header cannot be read alone, the whole text is parsed first, which names precisely
 * what is wrong with a damaged file (cut short, not JSON, …).
 */
export function parseBundleFile(input: string, bytes?: Uint8Array, whole = false): BundleFile {
  const text = withoutFinalNewline(input);
  const header = whole ? null : headerAlone(text);
  let raw: unknown = header;
  if (header === null) {
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      throw new BundleRefused(endsEarly(text, message) ? 'truncated' : 'invalidJson');
    }
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
  const schema = formatVersion === 1 ? legacyFileSchema : bundleFileSchema;
  const parsed = (header === null ? schema : schema.omit({ content: true })).safeParse(raw);
  if (!parsed.success) throw new BundleRefused('wrongFormat', { path: parsed.error.issues[0]?.path.join('.') ?? '' });
  // The content's own text, for the signature: the file must be exactly what a writer makes
  // (header, signature, content last). Anything reformatted or rearranged cannot be checked.
  const { signature, content: _content, ...fields } = parsed.data as typeof parsed.data & { content?: unknown };
  const prefix = prefixOf(fields, signature);
  if (!text.startsWith(prefix) || !text.endsWith('}')) {
    const trimmed = text.trim();
    // Blank space around an otherwise intact bundle: a copy that went through a program that added it.
    if (trimmed !== text && trimmed.startsWith(prefix) && trimmed.endsWith('}')) throw new BundleRefused('extraText');
    throw new BundleRefused('badSignature');
  }
  const contentText = text.slice(prefix.length, -1);
  // Not enumerable: it is derived from the file, and a copy of the file object must not carry it.
  let file = Object.defineProperty(parsed.data as unknown as BundleFile, 'contentText', { value: contentText, enumerable: false, writable: true });
  if (header !== null) file = lazyContent(file);
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
  if (!isSignedFormat(file.formatVersion)) throw new BundleRefused('wrongFormat', { path: 'formatVersion' });
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
  for (const name of SYNC_COLLECTIONS) if (changes[name] !== (counts.changes[name] ?? 0)) throw new BundleRefused('wrongFormat', { path: `counts.changes.${name}` });
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
