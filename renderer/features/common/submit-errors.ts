import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ValidationError } from '../../domain/errors';

/**
 * Puts errors found by the domain (rules that need the database, such as a duplicate name) next
 * to their fields. Returns the issues that belong to no field, for the form's own alert.
 */
export function showDomainErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
): ValidationError['issues'] | null {
  if (!(error instanceof ValidationError)) return null;
  const general = error.issues.filter((issue) => !issue.path);
  for (const issue of error.issues.filter((item) => item.path)) {
    setError(issue.path as Path<T>, { type: 'domain', message: issue.message }, { shouldFocus: true });
  }
  return general;
}
