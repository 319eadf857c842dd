import { MAX_AHEAD_MS, MAX_CLOCK_MILLIS } from './limits';

/**
 * Hybrid logical clock (Kulkarni et al.): timestamps that follow wall time when clocks agree and
 * stay ordered when they do not, so a travelling laptop with a wrong clock cannot make its old
 * edits look newer than what it has already seen. Encoded as a fixed-width string that sorts
 * lexicographically in causal order: `<ms, 13 digits>-<counter, 4 hex>-<installation id>`.
 */
export type Hlc = { millis: number; counter: number; node: string };

const MAX_COUNTER = 0xffff;

/** Thrown when a remote clock is beyond the bound a caller must check first, or time itself runs out. */
export class ClockError extends Error {
  constructor(
    message: string,
    readonly reason: 'drift' | 'overflow',
  ) {
    super(message);
    this.name = 'ClockError';
  }
}

/** An installation id as every part of the format writes it: a UUID in lower case. */
export const INSTALLATION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether a string is an installation id (a lower-case UUID). */
export function isInstallationId(value: unknown): value is string {
  return typeof value === 'string' && value.length === 36 && INSTALLATION_ID.test(value);
}

/** Encodes a clock value so that string order is clock order. */
export function formatHlc(clock: Hlc): string {
  return `${clock.millis.toString().padStart(13, '0')}-${clock.counter.toString(16).padStart(4, '0')}-${clock.node}`;
}

const HLC_PATTERN = /^(\d{13})-([0-9a-f]{4})-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Whether a string is an encoded clock value whose node is an installation id. */
export function isHlc(text: unknown): text is string {
  return typeof text === 'string' && text.length === 55 && HLC_PATTERN.test(text);
}

/** Decodes a value made by `formatHlc`. */
export function parseHlc(text: string): Hlc {
  const match = HLC_PATTERN.exec(text);
  if (!match) throw new TypeError(`Not a hybrid logical clock value: ${text.slice(0, 80)}`);
  return { millis: Number(match[1]), counter: parseInt(match[2], 16), node: match[3] };
}

/** The installation that stamped a clock value (its last 36 characters), without a full parse. */
export function nodeOf(clock: string): string {
  return clock.slice(19);
}

/** The millisecond after `last`, counter zero: what the clock does when its counter is used up. */
function nextMillisecond(last: Hlc): Hlc {
  if (last.millis >= MAX_CLOCK_MILLIS) throw new ClockError('Clock beyond the year 2286', 'overflow');
  return { millis: last.millis + 1, counter: 0, node: last.node };
}

/**
 * The next local timestamp: never behind `last`, never behind the wall clock. When 65,536 stamps
 * fall in one millisecond (or a clock was dragged ahead), it moves on to the next millisecond
 * rather than fail: the order still holds, and a laptop can always keep working.
 */
export function tick(last: Hlc, now: number): Hlc {
  if (now > last.millis) return { millis: Math.min(now, MAX_CLOCK_MILLIS), counter: 0, node: last.node };
  if (last.counter >= MAX_COUNTER) return nextMillisecond(last);
  return { millis: last.millis, counter: last.counter + 1, node: last.node };
}

/**
 * Merges a timestamp received from another office, so later local events order after it. A
 * remote clock more than `maxAheadMs` ahead of the wall clock is refused: callers hold such
 * changes back rather than let them drag this clock into the future.
 */
export function receive(last: Hlc, remote: Hlc, now: number, maxAheadMs = MAX_AHEAD_MS): Hlc {
  if (remote.millis - now > maxAheadMs) throw new ClockError('Remote clock is too far ahead', 'drift');
  const millis = Math.max(last.millis, remote.millis, Math.min(now, MAX_CLOCK_MILLIS));
  let counter = 0;
  if (millis === last.millis && millis === remote.millis) counter = Math.max(last.counter, remote.counter) + 1;
  else if (millis === last.millis) counter = last.counter + 1;
  else if (millis === remote.millis) counter = remote.counter + 1;
  if (counter > MAX_COUNTER) return nextMillisecond({ millis, counter: 0, node: last.node });
  return { millis, counter, node: last.node };
}

/** When (ISO date-time) a clock value was stamped, by the wall clock it carries. */
export function hlcTime(text: string): string {
  return new Date(Number(text.slice(0, 13))).toISOString();
}

/** An installation's last clock, or the start of time for one that has stamped nothing yet. */
export function lastClock(text: string | undefined, node: string): Hlc {
  return text ? parseHlc(text) : { millis: 0, counter: 0, node };
}

/** How far (ms) a clock value is ahead of `now`; zero or negative when it is not. */
export function aheadOf(clock: string, now: number): number {
  return Number(clock.slice(0, 13)) - now;
}
