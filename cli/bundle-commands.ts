import { open } from 'node:fs/promises';
import { BundleRefused, type RefusalReason } from '../shared/sync/bundle-errors';
import { isSignedFormat, SIGNED_FORMAT_VERSION, type BundleFile, type BundleHeader } from '../shared/sync/bundle-format';
import { decodeBundleBytes, parseBundleFile, verifyBundleFile } from '../shared/sync/bundle-read';
import { validateChangeValues } from '../shared/sync/changes';
import { SYNC_COLLECTIONS, type CollectionName } from '../shared/sync/collections';
import { rangesOf } from '../shared/sync/knowledge';
import { MAX_BUNDLE_BYTES } from '../shared/sync/limits';
import { openContent, openEnvelope, type OpenedBundle } from '../shared/sync/open-bundle';
import { fingerprintOf } from '../shared/sync/signing';
import { escapeUnsafe } from '../shared/sync/text-safety';
import {
  CommandFailed,
  EXIT,
  normalizeFingerprint,
  onePositional,
  passphraseFrom,
  stringOption,
  UsageError,
  writeLines,
  type Command,
} from './cli-io';
import { describeRefusal } from './refusal-messages';

/**
 * Reads a bundle file's bytes. A file over the app's size limit is refused before a byte is read.
 * A missing or unreadable file is a failure with a plain message. (Whoever reads them as text
 * reads them strictly as UTF-8: see `decodeBundleBytes`.)
 */
export async function readBundleBytes(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandFailed(code === 'ENOENT' ? `${escapeUnsafe(path)} does not exist.` : `${escapeUnsafe(path)} cannot be read (${code ?? String(error)}).`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new CommandFailed(`${escapeUnsafe(path)} is not a file.`);
    if (info.size > MAX_BUNDLE_BYTES) throw new BundleRefused('tooLarge', { size: info.size, limit: MAX_BUNDLE_BYTES });
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

type Refusal = { reason: RefusalReason; message: string; details: Record<string, string | number> };
const refusalOf = (error: BundleRefused): Refusal => ({ reason: error.reason, message: describeRefusal(error), details: error.details });

/** One author of a bundle's segments, as `inspect` reports it. */
export type AuthorReport = {
  installationId: string;
  office: string;
  person: string;
  role: string;
  fingerprint: string;
  /** Segment numbers, as ranges. */
  segments: string;
  changes: number;
  /** Segments whose author signature does not hold. */
  invalidSignatures: number;
};

/** Everything `inspect` reports about a bundle that could be read. */
export type BundleReport = {
  file: string;
  readable: true;
  format: string;
  formatVersion: number;
  minAppVersion: string;
  bundleId: string;
  createdAt: string;
  sender: BundleFile['sender'];
  fingerprint: string;
  recipient: string | null;
  full: boolean;
  encrypted: boolean;
  encryption: { algorithm: string; kdf: string; iterations: number } | null;
  /** Record changes (format 2) or records (format 1) per collection. */
  counts: Record<CollectionName, number>;
  segments: number | null;
  signatureValid: boolean;
  /** `notChecked`: the content is encrypted and no passphrase was given. */
  content: { status: 'valid' } | { status: 'notChecked' } | ({ status: 'refused' } & Refusal);
  /** Format 2: who signed the changes inside, per author. */
  authors: AuthorReport[];
};

function authorsOf(opened: OpenedBundle): AuthorReport[] {
  const byAuthor = new Map<string, { statement: OpenedBundle['segments'][number]['body']['author']; seqs: number[]; changes: number; invalid: number }>();
  for (const segment of opened.segments) {
    const { author } = segment.body;
    const key = `${author.installationId}/${author.publicKey}`;
    const entry = byAuthor.get(key) ?? { statement: author, seqs: [], changes: 0, invalid: 0 };
    entry.seqs.push(segment.body.seq);
    entry.changes += segment.body.changes.length;
    if (!segment.valid) entry.invalid += 1;
    byAuthor.set(key, entry);
  }
  return [...byAuthor.values()].map(({ statement, seqs, changes, invalid }) => ({
    installationId: statement.installationId,
    office: statement.office,
    person: statement.person,
    role: statement.role,
    fingerprint: opened.fingerprints.get(statement.publicKey) ?? '(signature invalid)',
    segments: rangesOf(seqs)
      .map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`))
      .join(', '),
    changes,
    invalidSignatures: invalid,
  }));
}

/**
 * Describes a bundle without trusting it: the header as written, whether the signature holds and,
 * when it can be read, whether the content is valid and who signed its changes. Throws
 * `BundleRefused` only when the file is not a readable bundle at all.
 */
export async function inspectBundle(text: string, file: string, passphrase?: string): Promise<BundleReport> {
  const bundle = parseBundleFile(text);
  const fingerprint = await fingerprintOf(bundle.sender.publicKey);
  const signatureValid = await verifyBundleFile(bundle);
  let content: BundleReport['content'] = { status: 'notChecked' };
  let authors: AuthorReport[] = [];
  if (!bundle.encryption || passphrase) {
    try {
      const opened = await openContent({ file: bundle, fingerprint, bytes: text.length }, passphrase);
      content = { status: 'valid' };
      authors = authorsOf(opened);
    } catch (error) {
      if (!(error instanceof BundleRefused)) throw error;
      content = { status: 'refused', ...refusalOf(error) };
    }
  }
  const { encryption } = bundle;
  const modern = isSignedFormat(bundle.formatVersion);
  const counts = (modern ? (bundle.counts as BundleHeader['counts']).changes : bundle.counts) as Record<CollectionName, number>;
  return {
    file,
    readable: true,
    format: bundle.format,
    formatVersion: bundle.formatVersion,
    minAppVersion: bundle.minAppVersion,
    bundleId: bundle.bundleId,
    createdAt: bundle.createdAt,
    sender: bundle.sender,
    fingerprint,
    recipient: bundle.recipient ?? null,
    full: bundle.full,
    encrypted: encryption !== null,
    encryption: encryption ? { algorithm: encryption.algorithm, kdf: `${encryption.kdf.name}-${encryption.kdf.hash}`, iterations: encryption.kdf.iterations } : null,
    counts: Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, counts[name] ?? 0])) as Record<CollectionName, number>,
    segments: modern ? (bundle.counts as BundleHeader['counts']).segments : null,
    signatureValid,
    content,
    authors,
  };
}

/** The report as aligned lines of text; every text the file supplied is escaped. */
export function formatReport(report: BundleReport): string[] {
  const total = SYNC_COLLECTIONS.reduce((sum, name) => sum + report.counts[name], 0);
  const content =
    report.content.status === 'valid'
      ? 'valid'
      : report.content.status === 'notChecked'
        ? 'not checked (encrypted; give --passphrase-env VAR to check it)'
        : `INVALID ${report.content.message}`;
  const safe = escapeUnsafe;
  return [
    `File:             ${safe(report.file)}`,
    `Format:           ${report.format}, version ${report.formatVersion}${report.formatVersion < SIGNED_FORMAT_VERSION ? ' (older: only its sender\'s own changes can be proved)' : ''}`,
    `Min app version:  ${report.minAppVersion}`,
    `Bundle id:        ${report.bundleId}`,
    `Created at:       ${report.createdAt}`,
    `Sender:           ${safe(report.sender.office)}`,
    `Person:           ${safe(report.sender.person)}`,
    `Role:             ${report.sender.role}`,
    `Installation id:  ${report.sender.installationId}`,
    `Key fingerprint:  ${report.fingerprint}`,
    `Recipient:        ${report.recipient ?? 'any installation'}`,
    `Kind:             ${report.full ? 'full' : 'incremental'}`,
    `Encrypted:        ${report.encryption ? `yes (${report.encryption.algorithm}, key from ${report.encryption.kdf} with ${report.encryption.iterations} iterations)` : 'no'}`,
    report.segments === null ? 'Records:' : `Changes (in ${report.segments} signed segments):`,
    ...SYNC_COLLECTIONS.map((name) => `  ${name.padEnd(18)}${String(report.counts[name]).padStart(7)}`),
    `  ${'total'.padEnd(18)}${String(total).padStart(7)}`,
    `Signature:        ${report.signatureValid ? 'valid' : 'INVALID (the bundle was changed or damaged after it was signed)'}`,
    `Content:          ${content}`,
    ...(report.authors.length > 0 ? ['Signed by:'] : []),
    ...report.authors.map(
      (author) =>
        `  ${safe(author.office)} (${safe(author.person)}, ${author.role}), installation ${author.installationId}, key ${author.fingerprint}: ` +
        `segments ${author.segments}, ${author.changes} changes${author.invalidSignatures ? `, ${author.invalidSignatures} with an INVALID signature` : ''}`,
    ),
  ];
}

const passphraseOption = { 'passphrase-env': { type: 'string' } } as const;

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show what a bundle says about itself, and whether it checks out',
  help: `Usage: npm run bundle -- inspect <file> [--passphrase-env VAR] [--json]

Prints a bundle's format version, minimum app version, bundle id, creation time, sender (office,
person, role, installation id), key fingerprint, recipient, full or incremental, encryption, the
number of record changes per collection, whether the signature is valid and whether the content
is valid (or why it is refused), and who signed the changes inside (each author's office, key
fingerprint and segments). Encrypted content is checked only with a passphrase. Text from the
file is printed with control and bidirectional characters escaped (\\u{...}).

Options:
  --passphrase-env VAR  read the passphrase from the environment variable VAR
  --json                print one JSON object instead of text
  -h, --help            show this help

Exit code: 0 when the file could be read as a bundle (even with an invalid signature or
content: read the report), 1 when it could not, 2 for a wrong command line.`,
  options: { ...passphraseOption, json: { type: 'boolean' } },
  async run(parsed, io) {
    const file = onePositional(parsed, 'bundle file');
    const passphrase = passphraseFrom(io, stringOption(parsed, 'passphrase-env'));
    const json = parsed.values.json === true;
    let report: BundleReport;
    try {
      report = await inspectBundle(decodeBundleBytes(await readBundleBytes(file)), file, passphrase);
    } catch (error) {
      if (!(error instanceof BundleRefused)) throw error;
      if (json) io.stdout.write(`${JSON.stringify({ file, readable: false, ...refusalOf(error) }, null, 2)}\n`);
      else io.stderr.write(`${escapeUnsafe(file)} cannot be read as a bundle: ${describeRefusal(error)}\n`);
      return EXIT.failed;
    }
    if (json) io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else writeLines(io.stdout, formatReport(report));
    return EXIT.ok;
  },
};

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'check a bundle completely; exit code 0 only if it is sound',
  help: `Usage: npm run bundle -- verify <file> [--passphrase-env VAR] [--fingerprint "XXXX XXXX ..."]

Checks that the file is a complete, well-formed bundle of a format this version can read, that
its signature is valid, that its content is valid (decrypting it with the passphrase when it is
encrypted), that every segment inside carries a valid signature of its author and that every
change's values pass their record's rules, and, with --fingerprint, that it was signed by that key.

An encrypted bundle cannot be verified without its passphrase: its content is unchecked, so the
result is a refusal (passphraseRequired) even when the signature is valid.

Options:
  --passphrase-env VAR  read the passphrase from the environment variable VAR
  --fingerprint FP      the expected key fingerprint (32 hex digits; spaces and case are ignored)
  -h, --help            show this help

Exit code: 0 when the bundle is sound, 1 when it is refused (the reason is printed), 2 for a
wrong command line.`,
  options: { ...passphraseOption, fingerprint: { type: 'string' } },
  async run(parsed, io) {
    const file = onePositional(parsed, 'bundle file');
    const shown = escapeUnsafe(file);
    const passphrase = passphraseFrom(io, stringOption(parsed, 'passphrase-env'));
    const fingerprintText = stringOption(parsed, 'fingerprint');
    const expected = fingerprintText === undefined ? undefined : normalizeFingerprint(fingerprintText);
    if (expected === null) throw new UsageError('--fingerprint must be 32 hex digits, such as "86BA BC03 32E9 CB0D E82D C308 8546 6D5B".');
    let opened: OpenedBundle;
    try {
      opened = await openContent(await openEnvelope(await readBundleBytes(file)), passphrase);
      const forged = opened.segments.filter((segment) => !segment.valid);
      if (forged.length > 0) {
        const first = forged[0].body;
        throw new BundleRefused('badSignature', { segment: `${first.author.installationId} #${first.seq}` });
      }
      const changes = opened.legacy ? opened.legacy.changes : opened.segments.flatMap((segment) => segment.body.changes);
      for (const change of changes) {
        const check = validateChangeValues(change);
        if ('field' in check) throw new BundleRefused('invalidRecord', { record: change.id, path: `${change.collection}.${check.field}` });
      }
    } catch (error) {
      if (!(error instanceof BundleRefused)) throw error;
      io.stderr.write(`${shown}: refused ${describeRefusal(error)}\n`);
      return EXIT.failed;
    }
    if (expected !== undefined && opened.fingerprint !== expected) {
      io.stderr.write(`${shown}: refused [fingerprint] The bundle is signed with key ${opened.fingerprint}, not with the expected ${expected}.\n`);
      return EXIT.failed;
    }
    const { sender, full, encryption } = opened.file;
    const total = opened.legacy ? opened.legacy.changes.length : opened.segments.reduce((sum, segment) => sum + segment.body.changes.length, 0);
    const what = opened.legacy ? `${total} valid record changes of its sender (format 1)` : `${total} valid changes in ${opened.segments.length} segments signed by their authors`;
    const lines = [
      `${shown}: OK, signed by ${escapeUnsafe(sender.office)} (${escapeUnsafe(sender.person)}, ${sender.role}), key fingerprint ${opened.fingerprint}.`,
      `${full ? 'Full' : 'Incremental'} bundle with ${what}${encryption ? ', decrypted with the passphrase' : ''}.`,
    ];
    if (passphrase && !encryption) lines.push('Note: the bundle is not encrypted; the passphrase was not needed.');
    writeLines(io.stdout, lines);
    return EXIT.ok;
  },
};
