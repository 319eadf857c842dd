import { isPlainObject } from './changes';
import { isInstallationId } from './hlc';
import { MAX_INSTALLATIONS, MAX_RANGES, MAX_SEQ } from './limits';
import { toBase64, utf8 } from './encoding';

/** Segment numbers as sorted, disjoint, inclusive ranges: `[[1, 7], [9, 9]]` is 1 to 7 and 9. */
export type Ranges = Array<[number, number]>;

/**
 * What a replica holds of one installation's segments: their numbers, and a digest of their
 * signatures, so two replicas holding the same numbers but different segments (an office that
 * signed two versions of one number) notice and exchange both.
 */
export type AuthorKnowledge = { seqs: Ranges; digest: string };

/** Per installation, what a replica holds of its segments. Only a replica's own statement about itself is believed. */
export type Knowledge = Record<string, AuthorKnowledge>;

/** One held segment, as knowledge is computed from: whose, which number, and its signature (its identity). */
export type SegmentKey = { author: string; seq: number; id: string };

/** The ranges that cover the given numbers. */
export function rangesOf(seqs: Iterable<number>): Ranges {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b);
  const ranges: Ranges = [];
  for (const seq of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && seq === last[1] + 1) last[1] = seq;
    else ranges.push([seq, seq]);
  }
  return ranges;
}

/** Whether `seq` is in the ranges. */
export function inRanges(ranges: Ranges, seq: number): boolean {
  for (const [from, to] of ranges) if (seq >= from && seq <= to) return true;
  return false;
}

/** Whether two range lists hold exactly the same numbers (both are normalised: sorted, merged). */
export function sameRanges(a: Ranges, b: Ranges): boolean {
  return a.length === b.length && a.every(([from, to], index) => from === b[index][0] && to === b[index][1]);
}

/** The segment numbers missing between 1 and the highest one held: what a replica knows exists and lacks. */
export function holesIn(ranges: Ranges): Ranges {
  const holes: Ranges = [];
  let next = 1;
  for (const [from, to] of ranges) {
    if (from > next) holes.push([next, from - 1]);
    next = to + 1;
  }
  return holes;
}

/** A digest of a set of segment signatures (order does not matter): SHA-256 of them sorted, base64. */
export async function digestOf(signatures: readonly string[]): Promise<string> {
  const joined = [...signatures].sort().join('\n');
  return toBase64(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8.encode(joined))));
}

/** What a replica holds, per installation, from its list of held segments. */
export async function knowledgeOf(keys: readonly SegmentKey[]): Promise<Knowledge> {
  const byAuthor = new Map<string, SegmentKey[]>();
  for (const key of keys) {
    const list = byAuthor.get(key.author);
    if (list) list.push(key);
    else byAuthor.set(key.author, [key]);
  }
  const knowledge: Knowledge = {};
  for (const [author, list] of byAuthor) {
    knowledge[author] = { seqs: rangesOf(list.map((key) => key.seq)), digest: await digestOf(list.map((key) => key.id)) };
  }
  return knowledge;
}

/** Whether a value is a knowledge statement within bounds (installation ids, sorted disjoint ranges, a digest). */
export function isKnowledge(value: unknown): value is Knowledge {
  if (!isPlainObject(value)) return false;
  let authors = 0;
  for (const author in value) {
    if (!Object.hasOwn(value, author)) continue;
    authors += 1;
    const entry = value[author];
    if (authors > MAX_INSTALLATIONS || !isInstallationId(author) || !isPlainObject(entry)) return false;
    if (Object.keys(entry).some((key) => key !== 'seqs' && key !== 'digest')) return false;
    if (typeof entry.digest !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(entry.digest)) return false;
    const seqs = entry.seqs;
    if (!Array.isArray(seqs) || seqs.length > MAX_RANGES) return false;
    let previous = 0;
    for (const range of seqs) {
      if (!Array.isArray(range) || range.length !== 2) return false;
      const [from, to] = range as unknown[];
      if (!Number.isInteger(from) || !Number.isInteger(to)) return false;
      if ((from as number) <= previous || (to as number) < (from as number) || (to as number) > MAX_SEQ) return false;
      previous = (to as number) + 1;
    }
  }
  return true;
}

/**
 * The segments a recipient lacks, given what it last said it holds: per installation, the numbers
 * it does not hold, or all of them when it holds the same numbers with a different digest.
 */
export function segmentsToSend<K extends SegmentKey>(held: readonly K[], mine: Knowledge, theirs: Knowledge | undefined): K[] {
  if (!theirs) return [...held];
  return held.filter((key) => {
    const their = Object.hasOwn(theirs, key.author) ? theirs[key.author] : undefined;
    if (!their) return true;
    if (!inRanges(their.seqs, key.seq)) return true;
    const own = mine[key.author];
    return sameRanges(their.seqs, own.seqs) && own.digest !== their.digest;
  });
}
