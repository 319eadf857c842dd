import type { FieldErrors, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { translateIssue } from './describe-error';

type MaybeError = { message?: unknown } | undefined;

/** Reads a (nested) field's error and returns its message in the user's language. */
export function useFieldError<T extends FieldValues>(errors: FieldErrors<T>): (path: string) => string | undefined {
  const { t } = useTranslation();
  return (path) => {
    const error = path
      .split('.')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), errors) as MaybeError;
    return typeof error?.message === 'string' ? translateIssue(error.message, t) : undefined;
  };
}
