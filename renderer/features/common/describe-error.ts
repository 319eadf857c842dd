import type { TFunction } from 'i18next';
import { isQuotaError, ValidationError } from '../../domain/errors';

/** A failure in words the user can read, in their language. */
export function describeError(error: unknown, t: TFunction): string {
  if (isQuotaError(error)) return t('errors.quota');
  if (error instanceof ValidationError) {
    return error.issues.map((issue) => translateIssue(issue.message, t, issue.values)).join(' ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Translates a schema message (a locale key); anything else becomes the generic "not valid". */
export function translateIssue(message: string, t: TFunction, values?: Record<string, string | number>): string {
  const fallback = t('validation.invalid');
  if (!/^(validation|common)\.\w+$/.test(message)) return fallback;
  return t(message as 'validation.invalid', { ...values, defaultValue: fallback });
}
