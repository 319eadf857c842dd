import type { BundleRefused, RefusalReason } from '../shared/sync/bundle-errors';
import { escapeUnsafe } from '../shared/sync/text-safety';

type Details = BundleRefused['details'];

const megabytes = (bytes: string | number | undefined) => `${Math.round(Number(bytes ?? 0) / 1024 / 1024)} MB`;

/**
 * One English sentence per refusal reason. The app shows translated messages from the locale
 * files; this administrator's tool speaks English only. Typed as a full record, so a new reason
 * in the sync core fails the typecheck here until it has a message.
 */
const MESSAGES: Record<RefusalReason, (details: Details) => string> = {
  tooLarge: (details) =>
    `The file is ${megabytes(details.size)}; bundles are at most ${megabytes(details.limit)}. It was not read. Ask the sender for an incremental bundle made for this office.`,
  notUtf8: () => 'The file is not UTF-8 text: it was damaged or converted on the way (for example by a mail program). Ask for the file again.',
  extraText: () =>
    'The file has blank space or line breaks around the bundle that the sender did not sign (an editor or mail program added them). Ask for the file again, sent as an attachment.',
  truncated: () => 'The file is incomplete: it ends before the bundle does (it may not have been copied completely).',
  invalidJson: () => 'The file is not a bundle: its text is not JSON.',
  wrongFormat: (details) =>
    `The file is not a NEAR Desk bundle, or it is damaged${details.path ? ` (the field "${details.path}" is missing or invalid)` : ''}.`,
  newerFormat: (details) =>
    `The bundle uses format version ${details.formatVersion}, which this NEAR Desk (${details.appVersion}) cannot read; ` +
    `it needs NEAR Desk ${details.minAppVersion} or later.`,
  appTooOld: (details) => `The bundle needs NEAR Desk ${details.minAppVersion} or later; this is ${details.appVersion}.`,
  badEncryption: (details) =>
    details.field === 'iterations'
      ? `The bundle asks for a key derivation this tool does not run (at most ${details.limit} PBKDF2 iterations are accepted).`
      : `The bundle's encryption header is damaged: its ${details.field === 'iv' ? 'IV (12 bytes)' : 'salt (16 bytes)'} is missing or of the wrong length.`,
  badSignature: (details) =>
    details.segment
      ? `The signature of a segment inside does not match its author's key (segment ${details.segment}): it was changed after its author signed it.`
      : 'The signature does not match: the bundle was changed or damaged after it was signed.',
  ownBundle: () => 'The bundle was made by this same installation; there is nothing to merge.',
  impostor: () =>
    'The bundle claims to come from this installation but is signed with another key: someone else wrote it. Nothing was read from it.',
  revoked: (details) => `The office "${details.office}" has been revoked; its bundles are refused.`,
  keyChanged: (details) =>
    `The bundle says it comes from "${details.office}" but is signed with another key than the one trusted for that office.`,
  untrusted: (details) =>
    `The sender "${details.office}" is not trusted by this store yet. Compare the key fingerprint above with the ` +
    'one the sender gives you by phone or in person, then merge again with --trust. Nothing in the bundle was read.',
  passphraseRequired: () =>
    'The bundle is protected by a passphrase and none was given (use --passphrase-env VAR); its content was not checked.',
  wrongPassphrase: () => 'The passphrase is wrong: the content cannot be decrypted with it.',
  invalidRecord: (details) => {
    const where = [details.record ? `record ${details.record}` : '', details.path ? `at ${details.path}` : ''].filter(Boolean).join(' ');
    return `A record in the bundle does not pass validation${where ? ` (${where})` : ''}.`;
  },
  massDelete: (details) =>
    `The bundles would delete ${details.deleted ?? 'many'} records, more than half of the data as it was before this merge; ` +
    'merge again with --allow-mass-delete if that is intended.',
};

/** The reason code and an English explanation, e.g. `[badSignature] The signature does not match: …`; text from the file is escaped. */
export function describeRefusal(refusal: BundleRefused): string {
  const details = Object.fromEntries(Object.entries(refusal.details).map(([key, value]) => [key, typeof value === 'string' ? escapeUnsafe(value) : value]));
  return `[${refusal.reason}] ${MESSAGES[refusal.reason](details)}`;
}
