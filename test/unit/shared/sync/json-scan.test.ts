import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../shared/sync/encoding';
import { hasAsciiAt, valueEnd } from '../../../../shared/sync/json-scan';

const bytesOf = (text: string) => utf8.encode(text);

describe('valueEnd', () => {
  it('finds where any JSON object, array or string ends, whatever follows it', () => {
    const container = fc.oneof(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.jsonValue()), fc.array(fc.jsonValue()), fc.string({ unit: 'grapheme' }));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), container, fc.string({ unit: 'grapheme' }), fc.boolean(), (before, value, after, indented) => {
        const json = indented ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        const bytes = bytesOf(`${before}${json}${after}`);
        const start = bytesOf(before).length;
        expect(valueEnd(bytes, start)).toBe(start + bytesOf(json).length);
      }),
      { numRuns: 500 },
    );
  });

  it('skips brackets and escaped quotes inside strings', () => {
    const json = '{"a":"}]\\"{[","b":["\\\\",{"c":"\\\\\\""}],"d":"朴 \u{1F3D4}"}';
    expect(JSON.parse(json)).toMatchObject({ a: '}]"{[' });
    expect(valueEnd(bytesOf(`${json},{"next":1}`), 0)).toBe(bytesOf(json).length);
  });

  it('says -1 for a value cut short or not a container', () => {
    for (const cut of ['{"a":[1,2]', '["x', '"abc\\"', '{"a":"b\\\\\\"}']) expect(valueEnd(bytesOf(cut), 0), cut).toBe(-1);
    for (const other of ['42', 'null', ' {"a":1}', '']) expect(valueEnd(bytesOf(other), 0), other).toBe(-1);
  });
});

describe('hasAsciiAt', () => {
  it('compares ASCII text with the bytes at a position, inside the bytes only', () => {
    const bytes = bytesOf('{"upTo":{}}');
    expect(hasAsciiAt(bytes, 0, '{"upTo":')).toBe(true);
    expect(hasAsciiAt(bytes, 1, '{"upTo":')).toBe(false);
    expect(hasAsciiAt(bytes, 9, '}}')).toBe(true);
    expect(hasAsciiAt(bytes, 10, '}}')).toBe(false);
    expect(hasAsciiAt(bytes, -1, '{')).toBe(false);
  });
});
