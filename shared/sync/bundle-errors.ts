/**
 * Why a bundle was refused. Each reason has a translated message (`sync.refused.<reason>`); the
 * database is untouched whenever one is thrown.
 */
export const REFUSAL_REASONS = [
  'truncated',
  'invalidJson',
  'wrongFormat',
  'newerFormat',
  'appTooOld',
  'badSignature',
  'untrusted',
  'revoked',
  'keyChanged',
  'ownBundle',
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
