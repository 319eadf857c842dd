import { resolve } from 'node:path';
import { z } from 'zod';
import { BundleRefused } from '../shared/sync/bundle-errors';
import { OFFICE_ROLES, SYNC_COLLECTIONS, type OfficeRole } from '../shared/sync/collections';
import { exportBundle, type ExportResult } from '../shared/sync/export';
import { applyImport, applyImportedAgain, startSession, type ImportSummary, type Unattributed } from '../shared/sync/import';
import { openContent, openEnvelope, senderStatus } from '../shared/sync/open-bundle';
import { escapeUnsafe } from '../shared/sync/text-safety';
import { writeFileAtomic } from '../node/atomic-file';
import { readBundleBytes } from './bundle-commands';
import { EXIT, normalizeFingerprint, passphraseFrom, stringOption, UsageError, writeLines, type CliIo, type Command, type ParsedArgs } from './cli-io';
import { describeRefusal } from './refusal-messages';
import { createStoreFile, openStoreFile, saveStoreFile, type CliStore } from './store-file';

const STORE_WARNING =
  'The store file holds this installation\'s private signing key in plain text: keep it only on this administrator\'s machine.';

/** Prints a warning about the store file on stderr, where it does not mix with a command's output. */
const warnOn = (io: CliIo) => (message: string) => writeLines(io.stderr, [message]);

function noPositionals(parsed: ParsedArgs): void {
  if (parsed.positionals.length > 0) throw new UsageError(`Unexpected argument: ${parsed.positionals[0]}`);
}

function recordTotal(store: CliStore): number {
  const records = store.store.snapshot().records;
  return SYNC_COLLECTIONS.reduce((sum, name) => sum + records[name].length, 0);
}

export const initCommand: Command = {
  name: 'init',
  summary: 'create a new store file with its own identity and signing key',
  help: `Usage: npm run bundle -- init --store <file> --office <name> --person <name> --role <role> [--sample]

Creates a store file: a new installation id, the office, person and role it signs as, a new
Ed25519 key pair, and no records (or, with --sample, the 2018 sample records stamped by this
installation). An existing file is never overwritten.

SECURITY: the store file holds the private signing key in plain text (unlike the app, whose key
cannot be read out). Anyone with a copy can sign bundles as this office. Keep it only on an
administrator's own machine.

Options:
  --store FILE     the store file to create
  --office NAME    the office, e.g. "NEAR Secretariat (Pohang)"
  --person NAME    the person who signs bundles
  --role ROLE      ${OFFICE_ROLES.join(' | ')}
  --sample         load the 2018 sample records
  -h, --help       show this help`,
  options: { store: { type: 'string' }, office: { type: 'string' }, person: { type: 'string' }, role: { type: 'string' }, sample: { type: 'boolean' } },
  async run(parsed, io) {
    noPositionals(parsed);
    const role = stringOption(parsed, 'role', true);
    if (!(OFFICE_ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${OFFICE_ROLES.join(', ')}.`);
    const created = await createStoreFile(stringOption(parsed, 'store', true), {
      office: stringOption(parsed, 'office', true),
      person: stringOption(parsed, 'person', true),
      role: role as OfficeRole,
      sample: parsed.values.sample === true,
    });
    writeLines(io.stdout, [
      `Created ${created.path} for ${created.identity.office} (${created.identity.person}, ${created.identity.role}).`,
      `Installation id: ${created.identity.installationId}`,
      `Key fingerprint: ${created.identity.fingerprint}`,
      `Records:         ${recordTotal(created)}${parsed.values.sample ? ' (2018 sample)' : ''}`,
      STORE_WARNING,
    ]);
    return EXIT.ok;
  },
};

const UNATTRIBUTED_WHY: Record<Unattributed['reason'], string> = {
  unknown: 'signed by an office this store does not know (compare its fingerprint, then merge again with --trust-author)',
  revoked: 'signed by an office revoked here',
  keyChanged: 'signed by another key than the one trusted for that office',
  forged: 'whose signature does not match its author\'s key (changed after it was signed)',
  impostor: 'claiming to be this installation, signed by another key',
  unprovable: 'made by another installation, passed on in an old-format bundle that cannot prove who made them',
};

/** What an applied bundle did, as lines: counts, then everything left out or held back and why. */
export function formatSummary(summary: ImportSummary): string[] {
  const { added, changed, deleted, unchanged } = summary.counts;
  const leftOut = summary.refusals.length + summary.invalid.length + summary.unattributed.reduce((sum, entry) => sum + entry.changes, 0);
  const lines = [
    `  result:       added ${added}, changed ${changed}, deleted ${deleted}, unchanged ${unchanged}, ` +
      `conflicts ${summary.conflicts}, left out ${leftOut}, held back ${summary.held.length}, waiting ${summary.pending}, gaps ${summary.gaps.length ? summary.gaps.join(', ') : 'none'}`,
  ];
  const safe = escapeUnsafe;
  // Out-of-scope changes (secretariat-only data from another office) are left out, not fatal, as in the app.
  for (const refusal of summary.refusals.slice(0, 20)) {
    lines.push(`  left out:     ${refusal.collection} ${refusal.recordId} "${safe(refusal.label)}" (${refusal.fields.join(', ')}), a change by ${refusal.origin} that only the secretariat may make`);
  }
  if (summary.refusals.length > 20) lines.push(`  left out:     … and ${summary.refusals.length - 20} more such changes`);
  for (const entry of summary.unattributed) {
    const who = entry.office ? `${safe(entry.office)} (${safe(entry.person ?? '')}, ${entry.role}), installation ${entry.installationId}, key ${entry.fingerprint ?? '?'}` : `installation ${entry.installationId}`;
    lines.push(`  left out:     ${entry.changes} changes ${UNATTRIBUTED_WHY[entry.reason]}: ${who}`);
  }
  for (const invalid of summary.invalid.slice(0, 20)) {
    lines.push(`  left out:     ${invalid.collection} ${invalid.recordId}: the value of "${safe(invalid.field)}" by ${invalid.origin} breaks its rules`);
  }
  for (const held of summary.held) {
    lines.push(
      `  held back:    ${held.changes} changes by ${safe(held.office)} (segment ${held.seq}) stamped ${held.stampedAt}, ` +
        `${Math.round(held.aheadMs / 3_600_000)} hours ahead of this machine's clock; they apply by themselves from ${held.appliesFrom}. Ask that office to check its clock.`,
    );
  }
  for (const fork of summary.forks) lines.push(`  warning:      installation ${fork.installationId} signed two different segments numbered ${fork.seq}; both are kept`);
  if (summary.massDelete) lines.push(`  note:         ${summary.sessionDeleted} records deleted in this merge (allowed with --allow-mass-delete)`);
  return lines;
}

export type MergeOptions = { trust: boolean; trustAuthors: readonly string[]; allowMassDelete: boolean; passphrase?: string };

/**
 * Applies bundles to a store in order and saves it once, atomically, after all of them were
 * applied. Any refusal stops the merge and leaves the store file as it was. A mass deletion is
 * measured against the store as it was before the first bundle. Returns the exit code.
 */
export async function mergeBundles(storePath: string, bundlePaths: readonly string[], options: MergeOptions, io: CliIo): Promise<number> {
  const opened = await openStoreFile(storePath, warnOn(io));
  const session = await startSession(opened.store);
  for (const path of bundlePaths) {
    io.stdout.write(`${escapeUnsafe(path)}\n`);
    try {
      // Cheap checks first: the envelope and its signature, then who sent it; only then decryption and records.
      const envelope = await openEnvelope(await readBundleBytes(path));
      const { sender } = envelope.file;
      const peers = await opened.store.read((reader) => reader.peers());
      const status = senderStatus(envelope.file, peers, opened.identity);
      writeLines(io.stdout, [
        `  sender:       ${escapeUnsafe(sender.office)} (${escapeUnsafe(sender.person)}, ${sender.role}), installation ${sender.installationId}`,
        `  fingerprint:  ${envelope.fingerprint} (${status === 'trusted' ? 'trusted' : options.trust ? 'new sender, trusted now (--trust)' : 'new sender, not trusted'})`,
      ]);
      if (status === 'new' && !options.trust) throw new BundleRefused('untrusted', { office: sender.office });
      const bundleLines = (importedBefore: string | undefined) => [
        `  bundle:       ${envelope.file.bundleId}, format ${envelope.file.formatVersion}, ${envelope.file.full ? 'full' : 'incremental'}, made ${envelope.file.createdAt}`,
        ...(importedBefore ? [`  note:         merged before, on ${importedBefore}`] : []),
        ...(envelope.file.recipient && envelope.file.recipient !== opened.identity.installationId
          ? [`  note:         made for installation ${envelope.file.recipient}, not this one`]
          : []),
      ];
      // The same file merged before in full: recognised by its signature, its content left unread.
      const again = status === 'trusted' ? await applyImportedAgain(opened.store, envelope, opened.identity, { session }) : null;
      if (again) {
        writeLines(io.stdout, [...bundleLines(again.importedBefore), '  note:         everything in it is here already; its content was not read again', ...formatSummary(again)]);
        continue;
      }
      const bundle = await openContent(envelope, options.passphrase);
      writeLines(io.stdout, bundleLines((await opened.store.read((reader) => reader.importsOf(bundle.file.bundleId)))[0]?.at));
      const trustAuthors = bundle.segments
        .filter((segment) => segment.valid && options.trustAuthors.includes(bundle.fingerprints.get(segment.body.author.publicKey) ?? ''))
        .map((segment) => ({ installationId: segment.body.author.installationId, publicKey: segment.body.author.publicKey }));
      const summary = await applyImport(opened.store, bundle, opened.identity, {
        trustSender: options.trust,
        trustAuthors,
        allowMassDelete: options.allowMassDelete,
        session,
      });
      writeLines(io.stdout, formatSummary(summary));
    } catch (error) {
      if (!(error instanceof BundleRefused)) throw error;
      io.stderr.write(`${escapeUnsafe(path)}: refused ${describeRefusal(error)}\nNothing was merged: ${escapeUnsafe(storePath)} is unchanged.\n`);
      return EXIT.failed;
    }
  }
  await saveStoreFile(opened);
  io.stdout.write(`Saved ${escapeUnsafe(storePath)}.\n`);
  return EXIT.ok;
}

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge bundles into a store file, all or nothing',
  help: `Usage: npm run bundle -- merge --store <file> [--trust] [--trust-author FP]... [--passphrase-env VAR] [--allow-mass-delete] <bundle>...

Merges each bundle, in the order given, into the store (made by init), with the same rules as
the app: each change is applied only if its author's trusted key signed it, field by field,
conflicts kept for review; changes to secretariat-only data by other offices, changes signed by
offices this store does not trust, and changes stamped more than a day ahead of this machine's
clock (held back until then) are left out and listed. Prints per bundle the sender, its key
fingerprint and what was added, changed, deleted, unchanged, in conflict, left out, held back,
and any gaps. A sender not trusted yet is refused before its content is decrypted or read.
The store file is saved once, atomically, after every bundle was merged; if any bundle is
refused, nothing is saved. A mass deletion is counted over all the bundles of one merge.

Options:
  --store FILE          the store file (see init)
  --trust               trust senders this store has not seen before (compare the printed
                        fingerprint with the sender first); without it they are refused
  --trust-author FP     trust the office whose key has this fingerprint when another office
                        passes on its changes (compare it with that office first); repeatable
  --passphrase-env VAR  read the passphrase for encrypted bundles from the environment variable VAR
  --allow-mass-delete   accept a bundle that deletes more than half of the records
  -h, --help            show this help

Exit code: 0 when every bundle was merged and the store saved, 1 when one was refused (the
store is unchanged), 2 for a wrong command line.`,
  options: {
    store: { type: 'string' },
    trust: { type: 'boolean' },
    'trust-author': { type: 'string', multiple: true },
    'passphrase-env': { type: 'string' },
    'allow-mass-delete': { type: 'boolean' },
  },
  async run(parsed, io) {
    const store = stringOption(parsed, 'store', true);
    if (parsed.positionals.length === 0) throw new UsageError('Name at least one bundle file to merge.');
    const given = parsed.values['trust-author'];
    const authors = Array.isArray(given) ? given : [];
    const trustAuthors = authors.map((text) => {
      const fingerprint = normalizeFingerprint(text);
      if (!fingerprint) throw new UsageError('--trust-author takes a key fingerprint: 32 hex digits, such as "86BA BC03 32E9 CB0D E82D C308 8546 6D5B".');
      return fingerprint;
    });
    const options: MergeOptions = {
      trust: parsed.values.trust === true,
      trustAuthors,
      allowMassDelete: parsed.values['allow-mass-delete'] === true,
      passphrase: passphraseFrom(io, stringOption(parsed, 'passphrase-env')),
    };
    return mergeBundles(store, parsed.positionals, options, io);
  },
};

export type ExportFromStoreOptions = {
  out: string;
  recipient?: string;
  full?: boolean;
  passphrase?: string;
  /** A cheaper key derivation, for test fixtures only (not offered on the command line). */
  kdfIterations?: number;
  /** Hears a warning about the store file (other users of the machine can read it). */
  warn?: (message: string) => void;
};

/**
 * Writes a bundle from a store file, then saves the store (the export is recorded in its sync
 * history). The bundle file is replaced atomically; the store file itself is never a target.
 */
export async function exportFromStore(storePath: string, options: ExportFromStoreOptions): Promise<ExportResult & { fingerprint: string }> {
  if (resolve(options.out) === resolve(storePath)) throw new UsageError('--out must not be the store file.');
  const opened = await openStoreFile(storePath, options.warn);
  const result = await exportBundle(opened.store, opened.identity, {
    recipient: options.recipient,
    full: options.full,
    passphrase: options.passphrase,
    kdfIterations: options.kdfIterations,
  });
  await writeFileAtomic(options.out, result.file, { overwrite: true });
  await saveStoreFile(opened);
  return Object.assign(result, { fingerprint: opened.identity.fingerprint });
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write a signed bundle from a store file',
  help: `Usage: npm run bundle -- export --store <file> --out <file> [--for <installationId>] [--full] [--passphrase-env VAR]

Writes a signed bundle of the store's records. With --for, only what that installation is not
known to have (an incremental bundle), or everything if this store has never merged a bundle
from it. The export is recorded in the store's sync history, so the store file is saved too.

Options:
  --store FILE          the store file (see init)
  --out FILE            the bundle file to write (conventionally *.nearbundle); replaced if it exists
  --for ID              the installation id of the recipient
  --full                everything, whatever the recipient is known to have
  --passphrase-env VAR  encrypt the content with the passphrase in the environment variable VAR
  -h, --help            show this help`,
  options: { store: { type: 'string' }, out: { type: 'string' }, for: { type: 'string' }, full: { type: 'boolean' }, 'passphrase-env': { type: 'string' } },
  async run(parsed, io) {
    noPositionals(parsed);
    const recipient = stringOption(parsed, 'for');
    if (recipient !== undefined && !z.uuid().safeParse(recipient).success) {
      throw new UsageError('--for must be an installation id (a UUID).');
    }
    const out = stringOption(parsed, 'out', true);
    const result = await exportFromStore(stringOption(parsed, 'store', true), {
      out,
      recipient,
      full: parsed.values.full === true,
      passphrase: passphraseFrom(io, stringOption(parsed, 'passphrase-env')),
      warn: warnOn(io),
    });
    const total = SYNC_COLLECTIONS.reduce((sum, name) => sum + result.counts[name], 0);
    writeLines(io.stdout, [
      `Wrote ${out}: ${result.full ? 'full' : 'incremental'} bundle ${result.bundleId}, ${total} records, ${result.bytes} bytes${
        parsed.values['passphrase-env'] ? ', encrypted' : ''
      }.`,
      `  ${SYNC_COLLECTIONS.map((name) => `${name} ${result.counts[name]}`).join(', ')}`,
      `Key fingerprint: ${result.fingerprint} (the recipient compares it before trusting this office)`,
      ...(recipient && result.full && parsed.values.full !== true
        ? ['Note: this store has not merged a bundle from that installation yet, so the bundle holds everything.']
        : []),
    ]);
    return EXIT.ok;
  },
};
