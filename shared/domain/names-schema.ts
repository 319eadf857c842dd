import { z } from 'zod';

// The schemas of names and texts in the six languages, apart from names.ts's functions, which the
// first screen uses without loading Zod.

const MAX_NAME = 160;

/** A blank input means "no name in this language" rather than an empty name. */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A name that may be left blank (blank reads as absent). */
export const optionalName = z.preprocess(
  blankToUndefined,
  z.string().trim().max(MAX_NAME, { error: 'validation.tooLong' }).optional(),
);

const requiredName = z
  .string({ error: 'validation.required' })
  .trim()
  .min(1, { error: 'validation.required' })
  .max(MAX_NAME, { error: 'validation.tooLong' });

/**
 * A name in the six interface languages. English is required so every record has a name any
 * office can read; the other five fall back (see `localizedName`) until someone adds them.
 */
export const localizedNamesSchema = z.object({
  zh: optionalName,
  ko: optionalName,
  ja: optionalName,
  ru: optionalName,
  mn: optionalName,
  en: requiredName,
});

/** A member government's name: the six languages plus its own official form. */
export const memberNamesSchema = localizedNamesSchema.extend({ native: requiredName });

/** Free text in any of the six languages, each at most `max` characters (a foreword runs to pages). */
export function localizedTextOf(max: number) {
  const optionalText = z.preprocess(blankToUndefined, z.string().trim().max(max, { error: 'validation.tooLong' }).optional());
  return z.object({ zh: optionalText, ko: optionalText, ja: optionalText, ru: optionalText, mn: optionalText, en: optionalText });
}

/** Free text (such as a committee's field of activity) in any of the six languages. */
export const localizedTextSchema = localizedTextOf(1000);

export type LocalizedNames = z.infer<typeof localizedNamesSchema>;
export type MemberNames = z.infer<typeof memberNamesSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * A place in one of the association's official lists (members by country, the committee table):
 * the order the annual report prints them in, kept as data because no sort reproduces it.
 */
export const listPositionSchema = z
  .number({ error: 'validation.position' })
  .int({ error: 'validation.position' })
  .min(1, { error: 'validation.position' })
  .max(999, { error: 'validation.position' });
