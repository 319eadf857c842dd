import type { TFunction } from 'i18next';
import { ValidationError } from '../../domain/errors';
import { describeError, translateIssue } from '../common/describe-error';

/** Messages per field, and one for what no field shows. */
export type FieldErrors = { byField: Record<string, string>; general: string | null };

/** The state of a form before anything failed. */
export const NO_FIELD_ERRORS: FieldErrors = { byField: {}, general: null };

/**
 * A failed save as messages per field (the first issue of each), plus one general message for
 * what no field shows (a refusal for this office, a full disk).
 */
export function fieldErrors(error: unknown, t: TFunction, fields: readonly string[]): FieldErrors {
  if (!(error instanceof ValidationError)) return { byField: {}, general: describeError(error, t) };
  const byField: Record<string, string> = {};
  const rest = [];
  for (const issue of error.issues) {
    const field = fields.find((name) => issue.path === name || issue.path.startsWith(`${name}.`));
    if (field) byField[field] ??= translateIssue(issue.message, t, issue.values);
    else rest.push(translateIssue(issue.message, t, issue.values));
  }
  return { byField, general: rest.length > 0 ? rest.join(' ') : null };
}
