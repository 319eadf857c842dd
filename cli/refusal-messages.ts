import type { BundleRefused, RefusalReason } from '../shared/sync/bundle-errors';

type Details = BundleRefused['details'];

/**
 * One English sentence per refusal reason. The app shows translated messages from the locale
 * files; this administrator's tool speaks English only. Typed as a full record, so a new reason
 * in the sync core fails the typecheck here until it has a message.
 */
const MESSAGES: Record<RefusalReason, (details: Details) => string> = {
  truncated: () => 'The file is incomplete: it ends before the bundle does (it may not have been copied completely).',
  invalidJson: () => 'The file is not a bundle: its text is not JSON.',
  wrongFormat: (details) =>
    `The file is not a NEAR Desk bundle, or it is damaged${details.path ? ` (the field "${details.path}" is missing or invalid)` : ''}.`,
  newerFormat: (details) =>
    `The bundle uses format version ${details.formatVersion}, which this NEAR Desk (${details.appVersion}) cannot read; ` +
    `it needs NEAR Desk ${details.minAppVersion} or later.`,
  appTooOld: (details) => `The bundle needs NEAR Desk ${details.minAppVersion} or later; this is ${details.appVersion}.`,
  badSignature: () => 'The signature does not match: the bundle was changed or damaged after it was signed.',
  untrusted: (details) =>
    `The sender "${details.office}" is not trusted by this store yet. Compare the key fingerprint above with the ` +
    'one the sender gives you by phone or in person, then merge again with --trust.',
  revoked: (details) => `The office "${details.office}" has been revoked; its bundles are refused.`,
  keyChanged: (details) =>
    `The bundle says it comes from "${details.office}" but is signed with another key than the one trusted for that office.`,
  ownBundle: () => 'The bundle was made by this same installation; there is nothing to merge.',
  passphraseRequired: () =>
    'The bundle is protected by a passphrase and none was given (use --passphrase-env VAR); its content was not checked.',
  wrongPassphrase: () => 'The passphrase is wrong: the content cannot be decrypted with it.',
  invalidRecord: (details) => {
    const where = [details.record ? `record ${details.record}` : '', details.path ? `at ${details.path}` : ''].filter(Boolean).join(' ');
    return `A record in the bundle does not pass validation${where ? ` (${where})` : ''}.`;
  },
  massDelete: (details) =>
    `The bundle would delete ${details.deleted ?? 'many'} records, more than half of the data here; ` +
    'merge again with --allow-mass-delete if that is intended.',
};

/** The reason code and an English explanation, e.g. `[badSignature] The signature does not match: …`. */
export function describeRefusal(refusal: BundleRefused): string {
  return `[${refusal.reason}] ${MESSAGES[refusal.reason](refusal.details)}`;
}
