import { z } from 'zod';
import { isPartialIsoDate } from './partial-date';

/**
 * A stored date of a day, a month or a year (its precision is its shape). The pattern states the
 * shape in the published JSON Schema; the refinement then refuses dates no calendar has (2018-02-29).
 */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, { error: 'validation.date', abort: true })
  .refine((value) => isPartialIsoDate(value), { error: 'validation.date' });
