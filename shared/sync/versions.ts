import { parseHlc } from './hlc';

/**
 * A version vector: per installation id, the clock of the latest change from that installation
 * that is taken into account. Clocks of one installation sort as strings, so "has seen" is a
 * string comparison.
 */
export type Versions = Readonly<Record<string, string>>;

/** Whether `versions` has taken in the change stamped `clock`. */
export function hasSeen(versions: Versions, clock: string): boolean {
  if (clock === '') return true;
  const seen = versions[parseHlc(clock).node];
  return seen !== undefined && seen >= clock;
}

/** The pointwise maximum: everything either side has taken in. */
export function mergeVersions(a: Versions, b: Versions): Record<string, string> {
  const merged: Record<string, string> = { ...a };
  for (const [node, clock] of Object.entries(b)) {
    if (!(node in merged) || merged[node] < clock) merged[node] = clock;
  }
  return merged;
}

/** Whether `a` has taken in every change `b` has (a ≥ b pointwise). */
export function covers(a: Versions, b: Versions): boolean {
  for (const [node, clock] of Object.entries(b)) {
    const mine = a[node];
    if (mine === undefined || mine < clock) return false;
  }
  return true;
}

/** The newest clock in a vector, or '' when it is empty. */
export function latestClock(versions: Versions): string {
  let latest = '';
  for (const clock of Object.values(versions)) if (clock > latest) latest = clock;
  return latest;
}
