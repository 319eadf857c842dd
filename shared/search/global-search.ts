import type { AnyNames } from '../domain/names';
import type { StaffFields } from '../domain/secretariat';
import { searchText, type TimelineEntry } from '../domain/timeline';
import { latinKey, queryWords, wordMatches, type QueryWord } from './transliteration';

/** What the global search finds, in the order its groups are shown. */
export const SEARCH_KINDS = ['member', 'committee', 'meeting', 'visit', 'contact', 'staff', 'followUp'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A record made ready for search: every text in every language folded once, as typed and as transliterated. */
export type SearchTarget<R> = { record: R; plain: string; latin: string };

/** A group of results: the first few to show and how many there are in all. */
export type SearchGroup<R> = { shown: R[]; count: number };

/** Prepares a record whose texts (names in six languages, free text, a person's name) the search reads. */
export function searchTarget<R>(record: R, texts: Array<string | AnyNames | undefined>): SearchTarget<R> {
  const latin: string[] = [];
  for (const text of texts) {
    if (!text) continue;
    for (const value of typeof text === 'string' ? [text] : Object.values(text)) {
      const key = value ? latinKey(value) : '';
      if (key) latin.push(key);
    }
  }
  return { record, plain: searchText(texts), latin: latin.join('\u0001') };
}

/**
 * A person on the secretariat's staff made ready for search: found by every form of the name the
 * record holds (their own script, Latin letters, the Chinese characters of the report) and by
 * their role in any of the six languages.
 */
export function staffSearchTarget<R extends Pick<StaffFields, 'name' | 'role'>>(person: R): SearchTarget<R> {
  return searchTarget(person, [person.name.native, person.name.latin, person.name.chinese, person.role]);
}

function targetMatches(target: SearchTarget<unknown>, word: QueryWord): boolean {
  return wordMatches(word, target.plain, () => target.latin);
}

/** The records every word of the query is found in, in the order given; the first `limit` and the count. */
export function searchTargets<R>(targets: ReadonlyArray<SearchTarget<R>>, words: readonly QueryWord[], limit: number): SearchGroup<R> {
  const shown: R[] = [];
  let count = 0;
  for (const target of targets) {
    if (!words.every((word) => targetMatches(target, word))) continue;
    count += 1;
    if (shown.length < limit) shown.push(target.record);
  }
  return { shown, count };
}

/**
 * Meetings and visits in which every word of the query is found: in the entry's own text as typed,
 * or (for a word in Latin letters) as the transliterated name of a member or committee it involves.
 * Only the hundred-odd names are transliterated, never the 100,000 entries, so one pass of plain
 * substring tests over the entries is all a query costs.
 */
export function searchActivity(
  entries: readonly TimelineEntry[],
  words: readonly QueryWord[],
  related: ReadonlyArray<SearchTarget<{ id: string }>>,
  limit: number,
): { meeting: SearchGroup<TimelineEntry>; visit: SearchGroup<TimelineEntry> } {
  // Per word, the members and committees whose names match it only once transliterated.
  const viaNames = words.map((word) =>
    word.latin ? new Set(related.filter((target) => !target.plain.includes(word.plain) && target.latin.includes(word.latin)).map((target) => target.record.id)) : null,
  );
  const groups = { meeting: { shown: [] as TimelineEntry[], count: 0 }, visit: { shown: [] as TimelineEntry[], count: 0 } };
  for (const entry of entries) {
    const matches = words.every((word, index) => {
      if (entry.search.includes(word.plain)) return true;
      const ids = viaNames[index];
      return ids !== null && ids.size > 0 && (entry.memberIds.some((id) => ids.has(id)) || (entry.committeeId !== undefined && ids.has(entry.committeeId)));
    });
    if (!matches) continue;
    const group = groups[entry.type];
    group.count += 1;
    if (group.shown.length < limit) group.shown.push(entry);
  }
  return groups;
}

export { queryWords, type QueryWord };
