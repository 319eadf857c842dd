/**
 * Why a bundle was refused. Each reason has a translated message (`sync.refused.<reason>`); the
 * database is untouched whenever one is thrown.
 */
export const REFUSAL_REASONS = [
  'tooLarge',
  'notUtf8',
  'extraText',
  'truncated',
  'invalidJson',
  'wrongFormat',
  'newerFormat',
  'appTooOld',
  'badEncryption',
  'badSignature',
  'ownBundle',
  'impostor',
  'revoked',
  'keyChanged',
  'untrusted',
  'passphraseRequired',
  'wrongPassphrase',
  'invalidRecord',
  'massDelete',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export class BundleRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    /** Values for the message (versions, the record that failed, the office). */
    readonly details: Record<string, string | number> = {},
  ) {
    super(`Bundle refused: ${reason}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'BundleRefused';
  }
}

/** An export that would make a bundle larger than any reader takes: export for the office instead (only what it lacks). */
export class BundleTooLarge extends Error {
  constructor(
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`The bundle would be ${bytes} bytes; bundles are limited to ${limit} bytes`);
    this.name = 'BundleTooLarge';
  }
}
