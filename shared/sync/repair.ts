import { aheadOf, formatHlc, hlcTime, isHlc, nodeOf, parseHlc } from './hlc';
import { MAX_AHEAD_MS } from './limits';
import type { SyncRecord } from './merge';

/**
 * Repairs for a store that an older NEAR Desk let a far-future clock into (a laptop whose clock was
 * set years ahead, or a hostile bundle): its own clock was dragged to the year 2286, every later
 * change failed with "Clock counter overflow", and a restore did not help. On upgrade (and when a
 * backup from such a version is restored), every clock more than the time bound ahead of now is
 * brought back to now, keeping its installation; the values stay. Later edits then win over them
 * as they should, and the laptop's own clock starts again from now.
 */
function repaired(clock: string, now: number): string {
  return aheadOf(clock, now) > MAX_AHEAD_MS ? formatHlc({ millis: now, counter: 0, node: nodeOf(clock) }) : clock;
}

/** Brings a record's future clocks back to `now`, in place. Returns whether anything changed. */
export function repairRecordClocks(record: SyncRecord, now: number): boolean {
  let changed = false;
  const fix = (target: Record<string, string>) => {
    for (const key of Object.keys(target)) {
      const clock = target[key];
      if (!isHlc(clock)) continue;
      const fixed = repaired(clock, now);
      if (fixed !== clock) {
        target[key] = fixed;
        changed = true;
      }
    }
  };
  fix(record.fieldClocks);
  fix(record.versions);
  if (isHlc(record.hlc) && aheadOf(record.hlc, now) > MAX_AHEAD_MS) {
    let latest = '';
    for (const clock of Object.values(record.fieldClocks)) if (clock > latest) latest = clock;
    record.hlc = latest || repaired(record.hlc, now);
    record.updatedAt = hlcTime(record.hlc);
    changed = true;
  }
  return changed;
}

/** This installation's clock, brought back to `now` if it was dragged into the future. */
export function repairOwnClock(clock: string | undefined, self: string, now: number): string | undefined {
  if (!clock || !isHlc(clock) || aheadOf(clock, now) <= MAX_AHEAD_MS) return clock;
  return formatHlc({ ...parseHlc(repaired(clock, now)), node: self });
}
