import type { z } from 'zod';

/** A field and the locale key of what is wrong with it. */
export type FieldIssue = { path: string; message: string; values?: Record<string, string | number> };

/**
 * Input that breaks a schema or a domain rule. Messages are locale keys (`validation.*`), so the
 * form shows them in the user's language; nothing has been written when this is thrown.
 */
export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
    this.name = 'ValidationError';
  }

  /** Builds the error from a failed zod parse. */
  static fromZod(error: z.ZodError): ValidationError {
    return new ValidationError(
      error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
}

/** Parses with a shared schema, throwing a `ValidationError` the UI can show field by field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw ValidationError.fromZod(result.error);
  return result.data;
}

/** Whether a write failed because the disk is full (Chromium may only fire the transaction's abort). */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    if ((current as { name?: string }).name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}
