// Electron's support policy, offline: "the latest three stable major versions are supported"
// (https://www.electronjs.org/docs/latest/tutorial/electron-timelines#version-support-policy), so a
// major loses its security fixes the day the third newer major ships. Which majors shipped when comes
// from scripts/electron-releases.json, a table checked in beside the lock, and not from Electron's
// release feed (releases.electronjs.org): CI reaches no network but the npm registry, and a check
// that read the feed would pass or fail with the network instead of with the code. Majors after the
// table's last one are expected every eight weeks, Electron's cadence, so a table nobody updates
// still goes out of date on time. Pure rules, used by a unit test and by check-electronegativity.mjs.

/** Electron supports this many of its newest stable majors. */
export const SUPPORTED_MAJORS = 3;
/** Electron ships a stable major every eight weeks. */
export const CADENCE_DAYS = 56;

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A date as the table writes it: its UTC day, YYYY-MM-DD. */
export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

const addDays = (day, days) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
const isRealDay = (day) => typeof day === 'string' && ISO_DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && addDays(day, 0) === day;

/** The major of a version such as "45.6.1"; NaN when it has none. */
export function majorOf(version) {
  const match = /^(\d+)\./.exec(String(version));
  return match ? Number(match[1]) : Number.NaN;
}

/** Problems with the table's shape; empty when it is well formed. */
export function validateReleaseTable(table) {
  if (!Array.isArray(table?.majors) || table.majors.length === 0) return ['majors must be a non-empty list'];
  const wellFormed = (entry) => Number.isInteger(entry?.major) && entry.major > 0 && isRealDay(entry?.stable);
  return table.majors.flatMap((entry, index) => {
    if (!wellFormed(entry)) return [`majors[${index}]: needs a major (a positive whole number) and its stable day written YYYY-MM-DD`];
    const before = table.majors[index - 1];
    if (index === 0 || !wellFormed(before)) return [];
    const problems = [];
    if (entry.major !== before.major + 1) problems.push(`majors[${index}]: ${entry.major} follows ${before.major}; list every major once, in order`);
    if (entry.stable <= before.stable) problems.push(`majors[${index}]: ${entry.major} (${entry.stable}) must ship after ${before.major} (${before.stable})`);
    return problems;
  });
}

/** The table's majors, then the ones expected every CADENCE_DAYS after its last, up to `today`. */
function timeline(table, today) {
  const majors = table.majors.map(({ major, stable }) => ({ major, stable, expected: false }));
  for (let last = majors[majors.length - 1]; addDays(last.stable, CADENCE_DAYS) <= today; last = majors[majors.length - 1]) {
    majors.push({ major: last.major + 1, stable: addDays(last.stable, CADENCE_DAYS), expected: true });
  }
  return majors;
}

const describeMajor = ({ major, stable, expected }) => `${major} (${stable}${expected ? ', expected' : ''})`;

/**
 * Whether Electron `major` gets security fixes on `today` (YYYY-MM-DD): the table knows it, it has
 * shipped, and fewer than SUPPORTED_MAJORS newer majors have shipped (or were due) by then.
 * `reason` says why in a sentence either way.
 */
export function supportOn(table, major, today) {
  const entry = table.majors.find((candidate) => candidate.major === major);
  if (!entry) {
    return {
      supported: false,
      reason: `the release table (scripts/electron-releases.json) has no Electron ${major}: add it with the day ${major}.0.0 was published (npm view electron time --json)`,
    };
  }
  if (entry.stable > today) return { supported: false, reason: `Electron ${major} is not out as stable until ${entry.stable}` };
  const newer = timeline(table, today).filter((other) => other.major > major && other.stable <= today);
  const listed = newer.map(describeMajor).join(', ');
  const guessed = newer.some((other) => other.expected);
  const shipped = `${newer.length === 1 ? 'has' : 'have'} shipped${guessed ? ' or fallen due' : ''}`;
  if (newer.length < SUPPORTED_MAJORS) {
    return { supported: true, reason: `Electron ${major} is supported: ${newer.length === 0 ? 'no newer major has shipped' : `${listed} ${shipped}`}` };
  }
  const update = guessed
    ? `; "expected" majors follow the table's last one every ${CADENCE_DAYS / 7} weeks: if they have not shipped, put their real or scheduled days in scripts/electron-releases.json`
    : '';
  return {
    supported: false,
    reason: `Electron ${major} is out of support since ${newer[SUPPORTED_MAJORS - 1].stable}: ${listed} ${shipped} and Electron supports only its latest ${SUPPORTED_MAJORS} majors${update}`,
  };
}

/** The majors that get security fixes on `today`, newest last. */
export function supportedMajors(table, today) {
  const shipped = timeline(table, today).filter(({ stable }) => stable <= today);
  return shipped.slice(-SUPPORTED_MAJORS).map(({ major }) => major);
}
