/**
 * Hybrid logical clock (Kulkarni et al.): timestamps that follow wall time when clocks agree and
 * stay ordered when they do not, so a travelling laptop with a wrong clock cannot make its old
 * edits look newer than what it has already seen. Encoded as a fixed-width string that sorts
 * lexicographically in causal order: `<ms, 13 digits>-<counter, 4 hex>-<node id>`.
 */
export type Hlc = { millis: number; counter: number; node: string };

const MAX_COUNTER = 0xffff;
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

/** Thrown when a remote clock is implausibly far ahead or the counter overflows. */
export class ClockError extends Error {
  constructor(
    message: string,
    readonly reason: 'drift' | 'overflow',
  ) {
    super(message);
    this.name = 'ClockError';
  }
}

/** Encodes a clock value so that string order is clock order. */
export function formatHlc(clock: Hlc): string {
  return `${clock.millis.toString().padStart(13, '0')}-${clock.counter
    .toString(16)
    .padStart(4, '0')}-${clock.node}`;
}

const HLC_PATTERN = /^(\d{13})-([0-9a-f]{4})-(.+)$/;

/** Whether a string is an encoded clock value. */
export function isHlc(text: string): boolean {
  return HLC_PATTERN.test(text);
}

/** Decodes a value made by `formatHlc`. */
export function parseHlc(text: string): Hlc {
  const match = HLC_PATTERN.exec(text);
  if (!match) throw new TypeError(`Not a hybrid logical clock value: ${text}`);
  return { millis: Number(match[1]), counter: parseInt(match[2], 16), node: match[3] };
}

/** The next local timestamp: never behind `last`, never behind the wall clock. */
export function tick(last: Hlc, now: number): Hlc {
  if (now > last.millis) return { millis: now, counter: 0, node: last.node };
  if (last.counter >= MAX_COUNTER) {
    throw new ClockError('Clock counter overflow', 'overflow');
  }
  return { millis: last.millis, counter: last.counter + 1, node: last.node };
}

/** Merges a timestamp received from another office, so later local events order after it. */
export function receive(last: Hlc, remote: Hlc, now: number, maxDriftMs = MAX_DRIFT_MS): Hlc {
  if (remote.millis - now > maxDriftMs) {
    throw new ClockError('Remote clock is more than a day ahead', 'drift');
  }
  const millis = Math.max(last.millis, remote.millis, now);
  let counter = 0;
  if (millis === last.millis && millis === remote.millis) {
    counter = Math.max(last.counter, remote.counter) + 1;
  } else if (millis === last.millis) {
    counter = last.counter + 1;
  } else if (millis === remote.millis) {
    counter = remote.counter + 1;
  }
  if (counter > MAX_COUNTER) throw new ClockError('Clock counter overflow', 'overflow');
  return { millis, counter, node: last.node };
}

/** When (ISO date-time, by the wall clock it carries) a clock value was stamped, for people to read. */
export function hlcTime(text: string): string {
  return new Date(parseHlc(text).millis).toISOString();
}

/** An installation's last clock, or the start of time for one that has stamped nothing yet. */
export function lastClock(text: string | undefined, node: string): Hlc {
  return text ? parseHlc(text) : { millis: 0, counter: 0, node };
}
