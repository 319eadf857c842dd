import { changeShapeProblem, isPlainObject, type Change, type ShapeProblem } from './changes';
import { OFFICE_ROLES, type OfficeRole } from './collections';
import { utf8 } from './encoding';
import { isInstallationId } from './hlc';
import { MAX_SEGMENT_CHANGES, MAX_SEQ } from './limits';
import { sign, verify } from './signing';
import { hasUnsafeCharacters } from './text-safety';

/**
 * An installation as it describes itself inside every segment it signs: who a receiver is asked
 * to believe made the changes, with the public key that must have signed them.
 */
export type AuthorStatement = {
  installationId: string;
  office: string;
  person: string;
  role: OfficeRole;
  publicKey: string;
};

/**
 * A batch of one installation's own changes, numbered in the order it sealed them (1, 2, 3, …).
 * The author signs the batch once; every office relays it unchanged, so a receiver checks each
 * change against its author's key, not the word of whoever passed it on.
 */
export type SegmentBody = { author: AuthorStatement; seq: number; changes: Change[] };

/** A segment as it travels: the body and its author's Ed25519 signature (also its identity). */
export type Segment = { body: SegmentBody; signature: string };

/** Domain separation: a segment's signature can never pass for a bundle's, or the other way round. */
const SEGMENT_CONTEXT = 'near-desk-segment/1\n';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A name an office or person goes by: 1 to 200 characters, no control or bidirectional characters. */
export function isSafeName(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 200 && value.trim() !== '' && !hasUnsafeCharacters(value);
}

/** Whether a value is an author statement; returns the first bad field, or null. */
function authorProblem(raw: unknown): string | null {
  if (!isPlainObject(raw)) return '';
  for (const key in raw) if (Object.hasOwn(raw, key) && !['installationId', 'office', 'person', 'role', 'publicKey'].includes(key)) return key;
  if (!isInstallationId(raw.installationId)) return 'installationId';
  if (!isSafeName(raw.office)) return 'office';
  if (!isSafeName(raw.person)) return 'person';
  if (typeof raw.role !== 'string' || !(OFFICE_ROLES as readonly string[]).includes(raw.role)) return 'role';
  if (typeof raw.publicKey !== 'string' || raw.publicKey.length !== 44 || !BASE64.test(raw.publicKey)) return 'publicKey';
  return null;
}

/**
 * Checks a segment's shape (not yet its signature): a signature, an author statement, a number,
 * and 1 to `MAX_SEGMENT_CHANGES` changes each stamped by that author.
 */
export function segmentShapeProblem(raw: unknown, path: string): ShapeProblem | null {
  if (!isPlainObject(raw)) return { path, record: '' };
  for (const key in raw) if (Object.hasOwn(raw, key) && key !== 'body' && key !== 'signature') return { path: `${path}.${key}`, record: '' };
  if (typeof raw.signature !== 'string' || raw.signature.length !== 88 || !BASE64.test(raw.signature)) return { path: `${path}.signature`, record: '' };
  const body = raw.body;
  if (!isPlainObject(body)) return { path: `${path}.body`, record: '' };
  for (const key in body) if (Object.hasOwn(body, key) && !['author', 'seq', 'changes'].includes(key)) return { path: `${path}.body.${key}`, record: '' };
  const badAuthor = authorProblem(body.author);
  if (badAuthor !== null) return { path: `${path}.body.author${badAuthor ? `.${badAuthor}` : ''}`, record: '' };
  if (typeof body.seq !== 'number' || !Number.isInteger(body.seq) || body.seq < 1 || body.seq > MAX_SEQ) return { path: `${path}.body.seq`, record: '' };
  const changes = body.changes;
  if (!Array.isArray(changes) || changes.length === 0 || changes.length > MAX_SEGMENT_CHANGES) return { path: `${path}.body.changes`, record: '' };
  const author = (body.author as AuthorStatement).installationId;
  for (let index = 0; index < changes.length; index += 1) {
    const problem = changeShapeProblem(changes[index], author, `${path}.body.changes.${index}`);
    if (problem) return problem;
  }
  return null;
}

/** The canonical text of a body: `JSON.stringify` as the author wrote it, which parsing and writing again reproduces. */
export function bodyText(body: SegmentBody): string {
  return JSON.stringify(body);
}

/** A segment's text, from the text itself or the UTF-8 bytes it stands as in a file. */
export function segmentTextOf(text: string | Uint8Array): string {
  return typeof text === 'string' ? text : utf8.decode(text);
}

/** A segment's JSON text as stored and relayed: `{"body":…,"signature":"…"}`. */
export function segmentText(body: string, signature: string): string {
  return `{"body":${body},"signature":"${signature}"}`;
}

/** Signs a batch of this installation's changes; returns the segment's text (what is stored and relayed). */
export async function signSegment(body: SegmentBody, privateKey: CryptoKey): Promise<{ signature: string; text: string }> {
  const text = bodyText(body);
  const signature = await sign(privateKey, [SEGMENT_CONTEXT, text]);
  return { signature, text: segmentText(text, signature) };
}

/** Whether the segment was signed by the key its author statement names (any change to it fails), over its body's text or bytes. */
export async function verifySegment(segment: Segment, body: string | Uint8Array = bodyText(segment.body)): Promise<boolean> {
  return verify(segment.body.author.publicKey, segment.signature, [SEGMENT_CONTEXT, body]);
}

/** The latest clock in a segment, which decides whether it is held back as stamped in the future. */
export function lastClockOf(body: SegmentBody): string {
  let last = '';
  for (const change of body.changes) for (const field in change.clocks) if (change.clocks[field] > last) last = change.clocks[field];
  return last;
}
