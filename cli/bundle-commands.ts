import { readFile } from 'node:fs/promises';
import { BundleRefused, type RefusalReason } from '../shared/sync/bundle-errors';
import { parseBundleFile, readBundleContent, verifyBundleFile, type BundleFile } from '../shared/sync/bundle-format';
import { SYNC_COLLECTIONS, type CollectionName } from '../shared/sync/collections';
import { fingerprintOf } from '../shared/sync/signing';
import { openBundle, type OpenedBundle } from '../shared/sync/import';
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

/** Reads a bundle file's text; a missing or unreadable file is a failure with a plain message. */
export async function readBundleText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CommandFailed(code === 'ENOENT' ? `${path} does not exist.` : `${path} cannot be read (${code ?? String(error)}).`);
  }
}

type Refusal = { reason: RefusalReason; message: string; details: Record<string, string | number> };
const refusalOf = (error: BundleRefused): Refusal => ({ reason: error.reason, message: describeRefusal(error), details: error.details });

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
  counts: Record<CollectionName, number>;
  signatureValid: boolean;
  /** `notChecked`: the content is encrypted and no passphrase was given. */
  content: { status: 'valid' } | { status: 'notChecked' } | ({ status: 'refused' } & Refusal);
};

/**
 * Describes a bundle without trusting it: the header as written, whether the signature holds and,
 * when it can be read, whether the content is valid. Throws `BundleRefused` only when the file is
 * not a readable bundle at all.
 */
export async function inspectBundle(text: string, file: string, passphrase?: string): Promise<BundleReport> {
  const bundle = parseBundleFile(text);
  let content: BundleReport['content'] = { status: 'notChecked' };
  if (!bundle.encryption || passphrase) {
    try {
      await readBundleContent(bundle, passphrase);
      content = { status: 'valid' };
    } catch (error) {
      if (!(error instanceof BundleRefused)) throw error;
      content = { status: 'refused', ...refusalOf(error) };
    }
  }
  const { encryption } = bundle;
  return {
    file,
    readable: true,
    format: bundle.format,
    formatVersion: bundle.formatVersion,
    minAppVersion: bundle.minAppVersion,
    bundleId: bundle.bundleId,
    createdAt: bundle.createdAt,
    sender: bundle.sender,
    fingerprint: await fingerprintOf(bundle.sender.publicKey),
    recipient: bundle.recipient ?? null,
    full: bundle.full,
    encrypted: encryption !== null,
    encryption: encryption ? { algorithm: encryption.algorithm, kdf: `${encryption.kdf.name}-${encryption.kdf.hash}`, iterations: encryption.kdf.iterations } : null,
    counts: bundle.counts,
    signatureValid: await verifyBundleFile(bundle),
    content,
  };
}

/** The report as aligned lines of text. */
export function formatReport(report: BundleReport): string[] {
  const total = SYNC_COLLECTIONS.reduce((sum, name) => sum + report.counts[name], 0);
  const content =
    report.content.status === 'valid'
      ? 'valid'
      : report.content.status === 'notChecked'
        ? 'not checked (encrypted; give --passphrase-env VAR to check it)'
        : `INVALID ${report.content.message}`;
  return [
    `File:             ${report.file}`,
    `Format:           ${report.format}, version ${report.formatVersion}`,
    `Min app version:  ${report.minAppVersion}`,
    `Bundle id:        ${report.bundleId}`,
    `Created at:       ${report.createdAt}`,
    `Sender:           ${report.sender.office}`,
    `Person:           ${report.sender.person}`,
    `Role:             ${report.sender.role}`,
    `Installation id:  ${report.sender.installationId}`,
    `Key fingerprint:  ${report.fingerprint}`,
    `Recipient:        ${report.recipient ?? 'any installation'}`,
    `Kind:             ${report.full ? 'full' : 'incremental'}`,
    `Encrypted:        ${report.encryption ? `yes (${report.encryption.algorithm}, key from ${report.encryption.kdf} with ${report.encryption.iterations} iterations)` : 'no'}`,
    'Records:',
    ...SYNC_COLLECTIONS.map((name) => `  ${name.padEnd(12)}${String(report.counts[name]).padStart(7)}`),
    `  ${'total'.padEnd(12)}${String(total).padStart(7)}`,
    `Signature:        ${report.signatureValid ? 'valid' : 'INVALID (the bundle was changed or damaged after it was signed)'}`,
    `Content:          ${content}`,
  ];
}

const passphraseOption = { 'passphrase-env': { type: 'string' } } as const;

export const inspectCommand: Command = {
  name: 'inspect',
  summary: 'show what a bundle says about itself, and whether it checks out',
  help: `Usage: npm run bundle -- inspect <file> [--passphrase-env VAR] [--json]

Prints a bundle's format version, minimum app version, bundle id, creation time, sender (office,
person, role, installation id), key fingerprint, recipient, full or incremental, encryption, the
number of records per collection, whether the signature is valid and whether the content is
valid (or why it is refused). Encrypted content is checked only with a passphrase.

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
    const text = await readBundleText(file);
    let report: BundleReport;
    try {
      report = await inspectBundle(text, file, passphrase);
    } catch (error) {
      if (!(error instanceof BundleRefused)) throw error;
      if (json) io.stdout.write(`${JSON.stringify({ file, readable: false, ...refusalOf(error) }, null, 2)}\n`);
      else io.stderr.write(`${file} cannot be read as a bundle: ${describeRefusal(error)}\n`);
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
encrypted) and, with --fingerprint, that it was signed by that key.

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
    const passphrase = passphraseFrom(io, stringOption(parsed, 'passphrase-env'));
    const fingerprintText = stringOption(parsed, 'fingerprint');
    const expected = fingerprintText === undefined ? undefined : normalizeFingerprint(fingerprintText);
    if (expected === null) throw new UsageError('--fingerprint must be 32 hex digits, such as "86BA BC03 32E9 CB0D E82D C308 8546 6D5B".');
    const text = await readBundleText(file);
    let opened: OpenedBundle;
    try {
      opened = await openBundle(text, passphrase);
    } catch (error) {
      if (!(error instanceof BundleRefused)) throw error;
      io.stderr.write(`${file}: refused ${describeRefusal(error)}\n`);
      return EXIT.failed;
    }
    if (expected !== undefined && opened.fingerprint !== expected) {
      io.stderr.write(`${file}: refused [fingerprint] The bundle is signed with key ${opened.fingerprint}, not with the expected ${expected}.\n`);
      return EXIT.failed;
    }
    const { sender, full, encryption } = opened.file;
    const total = SYNC_COLLECTIONS.reduce((sum, name) => sum + opened.content.records[name].length, 0);
    const lines = [
      `${file}: OK, signed by ${sender.office} (${sender.person}, ${sender.role}), key fingerprint ${opened.fingerprint}.`,
      `${full ? 'Full' : 'Incremental'} bundle with ${total} valid records${encryption ? ', decrypted with the passphrase' : ''}.`,
    ];
    if (passphrase && !encryption) lines.push('Note: the bundle is not encrypted; the passphrase was not needed.');
    writeLines(io.stdout, lines);
    return EXIT.ok;
  },
};
