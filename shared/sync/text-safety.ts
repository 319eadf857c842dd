/**
 * Text another office wrote must not be able to rewrite what a person reads: a newline can forge a
 * line of output, an escape sequence can hide one in a terminal, and bidirectional controls can
 * make "gpj.exe" read as "exe.jpg". Such characters are refused where a name is read (an office or
 * person in a bundle) and escaped wherever text from a file is printed.
 */

/**
 * C0 and C1 controls, DEL, the bidirectional embedding, override and isolate controls, the
 * directional marks, and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point of this pattern
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex -- as above, every occurrence
const UNSAFE_ALL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Whether a text holds a control, line-separator or bidirectional-control character. */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE.test(text);
}

/** The text with each unsafe character written as `\u{XXXX}`, safe to print on one terminal line. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_ALL, (character) => `\\u{${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`);
}

/** The text without those characters: for a name offered as a file name, where an escape would only be noise. */
export function stripUnsafe(text: string): string {
  return text.replace(UNSAFE_ALL, '');
}
