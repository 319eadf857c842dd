import { APP_VERSION, compareVersions } from '../version';
import { BundleRefused } from './bundle-errors';
import {
  bundleFileSchema,
  CONTENT_HEAD,
  SEGMENTS_HEAD,
  FORMAT_NAME,
  FORMAT_VERSION,
  headerOf,
  isSignedFormat,
  legacyFileSchema,
  prefixOf,
  signedMessage,
  type BundleFile,
  type BundleHeader,
  type LegacyContent,
} from './bundle-format';
import { isPlainObject } from './changes';
import { ADDED_COLLECTIONS, SYNC_COLLECTIONS, type CollectionName } from './collections';
import { fromBase64, indexOfBytes, utf8, utf8Length } from './encoding';
import { hasAsciiAt, valueEnd } from './json-scan';
import { isHlc } from './hlc';
import { isKnowledge, type Knowledge } from './knowledge';
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
  refuseOversized(bytes);
  return strictText(bytes.subarray(bomLength(bytes)));
}

function refuseOversized(bytes: Uint8Array): void {
  if (bytes.byteLength > MAX_BUNDLE_BYTES) throw new BundleRefused('tooLarge', { size: bytes.byteLength, limit: MAX_BUNDLE_BYTES });
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
  const { file: parsed, prefix } = checkedHeader(raw, header !== null);
  // The content's own text, for the signature: the file must be exactly what a writer makes
  // (header, signature, content last). Anything reformatted or rearranged cannot be checked.
  if (!text.startsWith(prefix) || !text.endsWith('}')) {
    const trimmed = text.trim();
    // Blank space around an otherwise intact bundle: a copy that went through a program that added it.
    if (trimmed !== text && trimmed.startsWith(prefix) && trimmed.endsWith('}')) throw new BundleRefused('extraText');
    throw new BundleRefused('badSignature');
  }
  const contentText = text.slice(prefix.length, -1);
  // Not enumerable: it is derived from the file, and a copy of the file object must not carry it.
  let file = Object.defineProperty(parsed, 'contentText', { value: contentText, enumerable: false, writable: true });
  if (header !== null) file = lazyContent(file);
  if (bytes) {
    // The same span in the file's bytes: after a byte-order mark and the text before the content,
    // before the closing brace and the one line break that was tolerated.
    const start = bomLength(bytes) + utf8Length(prefix);
    const end = bytes.length - (input.length - text.length) - 1;
    Object.defineProperty(file, 'contentBytes', { value: bytes.subarray(start, end), enumerable: false, writable: true });
  }
  return file;
}

/**
 * The header's checks, whether it was read alone or with the content: a bundle of a format and an
 * app version this build can read, with a well-formed header. Returns the file as parsed and the
 * text a writer puts before the content, which the file must begin with.
 */
function checkedHeader(raw: unknown, headerOnly: boolean): { file: BundleFile; prefix: string } {
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
  const parsed = (headerOnly ? schema.omit({ content: true }) : schema).safeParse(raw);
  if (!parsed.success) throw new BundleRefused('wrongFormat', { path: parsed.error.issues[0]?.path.join('.') ?? '' });
  const { signature, content: _content, ...fields } = parsed.data as typeof parsed.data & { content?: unknown };
  return { file: parsed.data as unknown as BundleFile, prefix: prefixOf(fields, signature) };
}

const bomLength = (bytes: Uint8Array) => (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0);

/** How many bytes of one final line break (`\n` or `\r\n`) end the file. */
const finalNewlineLength = (bytes: Uint8Array) => (bytes.at(-1) !== 0x0a ? 0 : bytes.at(-2) === 0x0d ? 2 : 1);

/**
 * Reads a bundle's envelope from the file's bytes, decoding only its header: the content, most of
 * the file, stays bytes. It is decoded segment by segment when it is read (`readBundleContent`),
 * and not at all for a bundle recognised as imported before. A file not laid out as a writer lays
 * it out is read whole as text (`parseBundleFile`), which names precisely what is wrong with it.
 */
export function parseBundleBytes(bytes: Uint8Array): BundleFile {
  refuseOversized(bytes);
  const start = bomLength(bytes);
  const end = bytes.length - finalNewlineLength(bytes);
  const at = hasAsciiAt(bytes, start, '{"format":') && bytes[end - 1] === 0x7d ? indexOfBytes(bytes, CONTENT_KEY_BYTES, start) : -1;
  const raw = at < 0 ? null : headerFromBytes(bytes.subarray(start, at));
  if (raw === null) return parseBundleFile(decodeBundleBytes(bytes), bytes);
  const { file, prefix } = checkedHeader(raw, true);
  const prefixBytes = utf8.encode(prefix);
  const contentStart = start + prefixBytes.length;
  if (contentStart >= end || !prefixBytes.every((byte, index) => bytes[start + index] === byte)) return parseBundleFile(decodeBundleBytes(bytes), bytes);
  const contentBytes = bytes.subarray(contentStart, end - 1);
  // Not enumerable, as in `parseBundleFile`; the text is decoded only if something asks for it.
  let contentText: string | undefined;
  Object.defineProperties(file, {
    contentBytes: { value: contentBytes, enumerable: false, writable: true },
    contentText: {
      enumerable: false,
      get: () => (contentText ??= strictText(contentBytes)),
      set: (value: string) => {
        contentText = value;
      },
    },
  });
  return lazyContent(file);
}

const CONTENT_KEY_BYTES = utf8.encode(CONTENT_KEY);

/** The header's bytes (up to the content's key) parsed as a JSON object, or null when they are not one. */
function headerFromBytes(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const raw: unknown = JSON.parse(`${strictText(bytes)}}`);
    return isPlainObject(raw) && !Object.hasOwn(raw, 'content') ? raw : null;
  } catch (error) {
    if (error instanceof BundleRefused) throw error;
    return null;
  }
}

/** Bytes as strict UTF-8 text: a damaged or converted file is refused, not read with replacement characters. */
function strictText(bytes: Uint8Array): string {
  try {
    // A byte-order mark is text like any other here (the file's one was taken off first).
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new BundleRefused('notUtf8');
  }
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
  return parseJson(text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BundleRefused('wrongFormat', { path: 'content' });
  }
}

/**
 * A segment as read from a bundle, with its body exactly as it stands in the file when the file is
 * laid out as a writer lays it out (null otherwise): the bytes (or text) its signature is checked
 * over. `text` is the whole segment as it stands in the file (its bytes there), when it was found
 * by layout in the file's bytes: what is stored and relayed, decoded only as it is stored.
 */
export type ReadSegment = { segment: Segment; body: Uint8Array | string | null; text: Uint8Array | null };

/**
 * Decrypts (if needed) and checks the content of a format 2 bundle: what the sender holds, and
 * every segment's shape (each change's fields and clocks, not yet its values or signature). The
 * counts must match the header's.
 *
 * From the file's bytes, the content is never decoded whole: each segment's bytes are found by
 * their layout (`{"upTo":…,"segments":[{"body":…,"signature":"…"},…]}`), then decoded and parsed on
 * their own, so its text and its objects are never held together for the whole bundle.
 */
export async function readBundleContent(file: BundleFile, passphrase?: string): Promise<{ upTo: Knowledge; segments: ReadSegment[] }> {
  if (!isSignedFormat(file.formatVersion)) throw new BundleRefused('wrongFormat', { path: 'formatVersion' });
  const bytes = file.encryption ? (await contentOf(file, passphrase)).bytes : file.contentBytes;
  const laid = bytes ? segmentsLaidOut(bytes) : null;
  let upTo: unknown;
  let segments: ReadSegment[];
  if (laid) {
    upTo = parseJson(strictText(laid.upTo));
    segments = laid.segments.map((segmentBytes, index) => {
      const text = strictText(segmentBytes);
      const segment = checkedSegment(parseJson(text), index);
      const tail = `,"signature":"${segment.signature}"}`;
      const exact = hasAsciiAt(segmentBytes, 0, SEGMENT_HEAD) && text.endsWith(tail);
      return exact ? { segment, text: segmentBytes, body: segmentBytes.subarray(SEGMENT_HEAD.length, segmentBytes.length - tail.length) } : { segment, text: null, body: null };
    });
  } else {
    const text = bytes ? strictText(bytes) : (await contentOf(file, passphrase)).text;
    const raw = bytes ? parseJson(text) : parseContent(file, text);
    if (!isPlainObject(raw)) throw new BundleRefused('wrongFormat', { path: 'content' });
    for (const key in raw) if (Object.hasOwn(raw, key) && key !== 'upTo' && key !== 'segments') throw new BundleRefused('invalidRecord', { path: key, record: '' });
    if (!Array.isArray(raw.segments)) throw new BundleRefused('invalidRecord', { path: 'segments', record: '' });
    upTo = raw.upTo;
    const checked = raw.segments.map((segment: unknown, index) => checkedSegment(segment, index));
    const bodies = segmentBodiesIn(text, checked);
    // Copies of their own: a slice would keep the content's whole text alive as long as the body.
    segments = checked.map((segment, index) => ({ segment, text: null, body: bodies ? utf8.decode(utf8.encode(bodies[index])) : null }));
  }
  if (!isKnowledge(upTo)) throw new BundleRefused('invalidRecord', { path: 'upTo', record: '' });
  const changes = Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, 0])) as Record<CollectionName, number>;
  for (const { segment } of segments) for (const change of segment.body.changes) changes[change.collection] += 1;
  const counts = file.counts as BundleHeader['counts'];
  if (segments.length !== counts.segments) throw new BundleRefused('wrongFormat', { path: 'counts.segments' });
  for (const name of SYNC_COLLECTIONS) if (changes[name] !== (counts.changes[name] ?? 0)) throw new BundleRefused('wrongFormat', { path: `counts.changes.${name}` });
  return { upTo, segments };
}

function checkedSegment(raw: unknown, index: number): Segment {
  const problem = segmentShapeProblem(raw, `segments.${index}`);
  if (problem) throw new BundleRefused('invalidRecord', problem);
  return raw as Segment;
}

const SEGMENT_HEAD = '{"body":';

/**
 * The bytes of the content's `upTo` and of each segment, found by the layout a writer uses:
 * `{"upTo":<object>,"segments":[<segment>,<segment>,…]}` and nothing else. Null when the content is
 * laid out otherwise (it is then parsed whole). Only delimits: each piece is parsed afterwards.
 */
function segmentsLaidOut(bytes: Uint8Array): { upTo: Uint8Array; segments: Uint8Array[] } | null {
  const upToAt = CONTENT_HEAD.length;
  const upToEnd = hasAsciiAt(bytes, 0, CONTENT_HEAD) ? valueEnd(bytes, upToAt) : -1;
  if (upToEnd < 0 || !hasAsciiAt(bytes, upToEnd, SEGMENTS_HEAD)) return null;
  const segments: Uint8Array[] = [];
  let at = upToEnd + SEGMENTS_HEAD.length;
  if (bytes[at] !== 0x5d) {
    for (;;) {
      const end = valueEnd(bytes, at);
      if (end < 0 || bytes[at] !== 0x7b) return null;
      segments.push(bytes.subarray(at, end));
      if (bytes[end] !== 0x2c) {
        at = end;
        break;
      }
      at = end + 1;
    }
  }
  return at + 2 === bytes.length && hasAsciiAt(bytes, at, ']}') ? { upTo: bytes.subarray(upToAt, upToEnd), segments } : null;
}

/**
 * Each segment's body text exactly as it stands in the content's text, found by layout (as a
 * writer lays them out), so signatures are checked over the file's own text without writing
 * 100,000 changes out again. Null when the layout is another: the bodies are then checked as their
 * authors wrote them.
 *
 * A body is found as the text between `{"body":` and the first `,"signature":"<its signature>"}`.
 * A signature only holds over what its author signed, and an author signs one whole JSON value,
 * which no text can extend: whatever is cut here either verifies as exactly that value or fails.
 */
function segmentBodiesIn(text: string, segments: readonly Segment[]): string[] | null {
  const start = text.indexOf(SEGMENTS_HEAD);
  if (start < 0 || !text.startsWith(CONTENT_HEAD)) return null;
  let at = start + SEGMENTS_HEAD.length;
  const found: string[] = [];
  for (const [index, segment] of segments.entries()) {
    if (index > 0) {
      if (text[at] !== ',') return null;
      at += 1;
    }
    if (!text.startsWith(SEGMENT_HEAD, at)) return null;
    const tail = `,"signature":"${segment.signature}"}`;
    const end = text.indexOf(tail, at);
    if (end < 0) return null;
    found.push(text.slice(at + SEGMENT_HEAD.length, end));
    at = end + tail.length;
  }
  return text.slice(at) === ']}' ? found : null;
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
