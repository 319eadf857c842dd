import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfBytes, utf8, utf8Length } from '../../../../shared/sync/encoding';

/** The plain search `indexOfBytes` must agree with: every position compared in full. */
function naiveIndexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  for (let index = from; index + needle.length <= haystack.length; index += 1) {
    if (needle.every((byte, at) => haystack[index + at] === byte)) return index;
  }
  return -1;
}

describe('indexOfBytes', () => {
  it('finds the first occurrence at or after the start, whichever byte it compares first', () => {
    const bytes = fc.uint8Array({ maxLength: 60 }).map((array) => array.map((byte) => byte % 4));
    fc.assert(
      fc.property(bytes, fc.uint8Array({ minLength: 1, maxLength: 4 }).map((array) => array.map((byte) => byte % 4)), fc.nat(70), fc.nat(3), (haystack, needle, from, anchor) => {
        const at = anchor % needle.length;
        expect(indexOfBytes(haystack, needle, from, at)).toBe(naiveIndexOf(haystack, needle, from));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds a marker in a file whose text is not ASCII', () => {
    const bytes = utf8.encode('{"名前":"Батбаяр 🏔","signature":"abc"}');
    const marker = utf8.encode(',"signature":"abc"}');
    expect(indexOfBytes(bytes, marker, 0, 14)).toBe(bytes.length - marker.length);
    expect(indexOfBytes(bytes, utf8.encode('"xyz"'))).toBe(-1);
  });
});

describe('utf8', () => {
  it('counts and encodes every string as TextEncoder does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const expected = new TextEncoder().encode(text);
        expect(utf8Length(text)).toBe(expected.length);
        expect(utf8.encode(text)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });
});
