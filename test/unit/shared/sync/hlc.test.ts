import { describe, expect, it } from 'vitest';
import { ClockError, formatHlc, isHlc, parseHlc, receive, tick } from '../../../../shared/sync/hlc';
import { MAX_AHEAD_MS } from '../../../../shared/sync/limits';

// Installation ids are lower-case UUIDs; `node` sorts before `other`.
const node = '1a2b3c4d-0000-4000-8000-000000000001';
const other = 'f0e1d2c3-0000-4000-8000-000000000002';

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
    const remote = { millis: 9000, counter: 4, node: other };
    const merged = receive(local, remote, 1500);
    expect(merged).toEqual({ millis: 9000, counter: 5, node });
    expect(formatHlc(tick(merged, 1600)) > formatHlc(remote)).toBe(true);
  });

  it('refuses a remote clock more than the bound ahead, and takes one just within it', () => {
    const start = { millis: 0, counter: 0, node };
    const drift = expect.objectContaining({ name: 'ClockError', reason: 'drift' });
    expect(() => receive(start, { millis: MAX_AHEAD_MS + 1, counter: 0, node: other }, 0)).toThrow(drift);
    expect(() => receive(start, { millis: 2 * 86_400_000, counter: 0, node: other }, 0)).toThrow(ClockError);
    expect(receive(start, { millis: MAX_AHEAD_MS, counter: 0, node: other }, 0)).toEqual({ millis: MAX_AHEAD_MS, counter: 1, node });
  });

  it('moves on to the next millisecond when the counter is used up, instead of failing', () => {
    const full = { millis: 10, counter: 0xffff, node };
    const next = tick(full, 10);
    expect(next).toEqual({ millis: 11, counter: 0, node });
    expect(formatHlc(next) > formatHlc(full)).toBe(true);
    // The same when a received clock has used up its counter.
    const merged = receive({ millis: 10, counter: 3, node }, { millis: 10, counter: 0xffff, node: other }, 10);
    expect(merged).toEqual({ millis: 11, counter: 0, node });
    expect(formatHlc(merged) > formatHlc({ millis: 10, counter: 0xffff, node: other })).toBe(true);
  });

  it('encodes so that string order is clock order, and decodes back', () => {
    const values = [
      { millis: 999, counter: 0xff, node: other },
      { millis: 1000, counter: 0, node },
      { millis: 1000, counter: 1, node },
      { millis: 1000, counter: 1, node: other },
      { millis: 1000, counter: 0x10, node },
      { millis: 20_000, counter: 0, node },
      { millis: Date.UTC(2024, 4, 1), counter: 0xffff, node },
    ];
    const encoded = values.map(formatHlc);
    expect([...encoded].sort()).toEqual(encoded);
    expect(encoded.map(parseHlc)).toEqual(values);
    expect(encoded.every(isHlc)).toBe(true);
    expect(() => parseHlc('nonsense')).toThrow(TypeError);
  });

  it('accepts only clocks whose node is a lower-case installation id', () => {
    const clock = formatHlc({ millis: Date.UTC(2024, 4, 1), counter: 7, node });
    expect(isHlc(clock)).toBe(true);
    expect(isHlc('2018-10-29')).toBe(false);
    expect(isHlc(formatHlc({ millis: 1000, counter: 0, node: 'a' }))).toBe(false);
    expect(isHlc(formatHlc({ millis: 1000, counter: 0, node: 'not-a-uuid-but-thirty-six-characters' }))).toBe(false);
    expect(isHlc(formatHlc({ millis: 1000, counter: 0, node: node.toUpperCase() }))).toBe(false);
    expect(isHlc(clock.replace('-0007-', '-000A-'))).toBe(false);
    expect(isHlc(`${clock} `)).toBe(false);
    expect(isHlc(42)).toBe(false);
    expect(() => parseHlc(formatHlc({ millis: 1000, counter: 0, node: 'a' }))).toThrow(TypeError);
  });
});
