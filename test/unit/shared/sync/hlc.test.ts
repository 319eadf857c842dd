import { describe, expect, it } from 'vitest';
import { ClockError, formatHlc, isHlc, parseHlc, receive, tick } from '../../../../shared/sync/hlc';

const node = 'a';

describe('hybrid logical clock', () => {
  it('follows the wall clock when it moves forward', () => {
    expect(tick({ millis: 1000, counter: 5, node }, 2000)).toEqual({ millis: 2000, counter: 0, node });
  });

  it('counts up when the wall clock stands still or goes back (a laptop clock set wrong)', () => {
    const last = { millis: 5000, counter: 2, node };
    expect(tick(last, 5000)).toEqual({ millis: 5000, counter: 3, node });
    expect(tick(last, 1000)).toEqual({ millis: 5000, counter: 3, node });
  });

  it('orders a local event after a received one even when the local clock is behind', () => {
    const local = { millis: 1000, counter: 0, node };
    const remote = { millis: 9000, counter: 4, node: 'b' };
    const merged = receive(local, remote, 1500);
    expect(merged).toEqual({ millis: 9000, counter: 5, node });
    expect(formatHlc(tick(merged, 1600)) > formatHlc(remote)).toBe(true);
  });

  it('refuses a remote clock more than a day ahead', () => {
    expect(() => receive({ millis: 0, counter: 0, node }, { millis: 2 * 86_400_000, counter: 0, node: 'b' }, 0)).toThrow(ClockError);
  });

  it('refuses to overflow the counter', () => {
    expect(() => tick({ millis: 10, counter: 0xffff, node }, 10)).toThrow(ClockError);
  });

  it('encodes so that string order is clock order, and decodes back', () => {
    const values = [
      { millis: 999, counter: 0xff, node: 'z' },
      { millis: 1000, counter: 0, node: 'a' },
      { millis: 1000, counter: 1, node: 'a' },
      { millis: 1000, counter: 1, node: 'b' },
      { millis: 20_000, counter: 0, node: 'a' },
    ];
    const encoded = values.map(formatHlc);
    expect([...encoded].sort()).toEqual(encoded);
    expect(encoded.map(parseHlc)).toEqual(values);
    expect(encoded.every(isHlc)).toBe(true);
    expect(isHlc('2018-10-29')).toBe(false);
    expect(() => parseHlc('nonsense')).toThrow(TypeError);
  });
});
