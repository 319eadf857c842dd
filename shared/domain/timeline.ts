import type { MeetingFields, MeetingKind, VisitDirection, VisitFields } from './activity';
import { newestFirst } from './chronology';
import { normalizeForSearch, type AnyNames } from './names';
import { overlaps } from './partial-date';

/** One row of the activity timeline: what the list shows and what its filters and search read. */
export type TimelineEntry = {
  id: string;
  type: 'visit' | 'meeting';
  kind: MeetingKind | 'visit';
  /** A visit's direction (the dashboard counts visits by it); absent on meetings. */
  direction?: VisitDirection;
  /** As precise as the record: a day, a month or a year (partial-date.ts). */
  date: string;
  endDate?: string;
  /** When the record was entered: the order of entries whose dates cannot tell them apart. */
  createdAt: string;
  title: AnyNames;
  /** Who or where: the counterpart of a visit, the city of a meeting. */
  subtitle?: AnyNames;
  memberIds: string[];
  countries: string[];
  committeeId?: string;
  staff: string[];
  /** People who took part, where the record counts them (a meeting's count of entries is not people). */
  headcount?: number;
  /** The headcount is a lower bound ("over 150"). */
  headcountAtLeast?: boolean;
  /** Member governments taking part, where the record gives their number. */
  memberCount?: number;
  /** Every name and text of the record in every language, folded for search. */
  search: string;
};

/** What a projection needs to know about the rest of the registry (see `createLookup`). */
export type TimelineLookup = {
  member(id: string): { country: string; names: AnyNames; search: string } | undefined;
  committee(id: string): { names: AnyNames; search: string } | undefined;
  contact(id: string): { search: string } | undefined;
};

type Text = AnyNames | undefined;

/** Every value folded for search and joined with a separator no query can contain. */
export function searchText(parts: Array<string | Text>): string {
  const pieces: string[] = [];
  for (const part of parts) {
    if (!part) continue;
    if (typeof part === 'string') pieces.push(normalizeForSearch(part));
    else for (const value of Object.values(part)) if (value) pieces.push(normalizeForSearch(value));
  }
  return pieces.join('\u0001');
}

/**
 * A lookup over members, committees and contacts with each one's search text folded once, not
 * once per visit that mentions it (100,000 visits name the same 79 members again and again).
 */
export function createLookup(
  members: ReadonlyArray<{ id: string; country: string; names: AnyNames }>,
  committees: ReadonlyArray<{ id: string; names: AnyNames }>,
  contacts: ReadonlyArray<{ id: string; name: string; latin?: string }>,
): TimelineLookup {
  const memberMap = new Map(members.map((member) => [member.id, { ...member, search: searchText([member.names]) }]));
  const committeeMap = new Map(committees.map((committee) => [committee.id, { ...committee, search: searchText([committee.names]) }]));
  const contactMap = new Map(contacts.map((contact) => [contact.id, { search: searchText([contact.name, contact.latin]) }]));
  return {
    member: (id) => memberMap.get(id),
    committee: (id) => committeeMap.get(id),
    contact: (id) => contactMap.get(id),
  };
}

/** Joins already-folded search texts with the record's own. */
function joinSearch(own: string, folded: Array<string | undefined>): string {
  return [own, ...folded.filter(Boolean)].join('\u0001');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** The counts a row carries, only those the record holds, so 100,000 rows without them stay small. */
function countsOf(record: { headcount?: number; headcountAtLeast?: boolean; memberCount?: number }): Pick<TimelineEntry, 'headcount' | 'headcountAtLeast' | 'memberCount'> {
  return {
    ...(record.headcount !== undefined ? { headcount: record.headcount } : {}),
    ...(record.headcount !== undefined && record.headcountAtLeast ? { headcountAtLeast: true } : {}),
    ...(record.memberCount !== undefined ? { memberCount: record.memberCount } : {}),
  };
}

/** When a record was entered, where it is a stored record (plain fields have none and come first among equals). */
type Entered = { createdAt?: string };

/** The timeline row of a visit. */
export function visitEntry(id: string, visit: VisitFields & Entered, lookup: TimelineLookup): TimelineEntry {
  const members = visit.memberIds.map((memberId) => lookup.member(memberId));
  const committee = visit.committeeId ? lookup.committee(visit.committeeId) : undefined;
  const contacts = visit.contactIds.map((contactId) => lookup.contact(contactId));
  return {
    id,
    type: 'visit',
    kind: 'visit',
    direction: visit.direction,
    date: visit.date,
    ...(visit.endDate ? { endDate: visit.endDate } : {}),
    createdAt: visit.createdAt ?? '',
    title: visit.title,
    subtitle: visit.counterpart ?? members[0]?.names,
    memberIds: visit.memberIds,
    countries: unique(members.flatMap((member) => (member ? [member.country] : []))),
    ...(visit.committeeId ? { committeeId: visit.committeeId } : {}),
    staff: visit.staff,
    ...countsOf(visit),
    search: joinSearch(
      searchText([visit.title, visit.counterpart, visit.city, visit.purpose, visit.outcome, ...visit.topics, ...visit.staff]),
      [...members.map((member) => member?.search), committee?.search, ...contacts.map((contact) => contact?.search)],
    ),
  };
}

/** The timeline row of a meeting or event. */
export function meetingEntry(id: string, meeting: MeetingFields & Entered, lookup: TimelineLookup): TimelineEntry {
  const memberIds = unique([...(meeting.hostMemberId ? [meeting.hostMemberId] : []), ...meeting.participantIds]);
  const members = memberIds.map((memberId) => lookup.member(memberId));
  const committee = meeting.committeeId ? lookup.committee(meeting.committeeId) : undefined;
  const counted = Object.entries(meeting.participantCounts)
    .filter(([country, value]) => country !== 'other' && (value ?? 0) > 0)
    .map(([country]) => country);
  return {
    id,
    type: 'meeting',
    kind: meeting.kind,
    date: meeting.startDate,
    ...(meeting.endDate ? { endDate: meeting.endDate } : {}),
    createdAt: meeting.createdAt ?? '',
    title: meeting.title,
    subtitle: meeting.city,
    memberIds,
    countries: unique([...members.flatMap((member) => (member ? [member.country] : [])), ...counted]),
    ...(meeting.committeeId ? { committeeId: meeting.committeeId } : {}),
    staff: [],
    // A youth contest's headcount counts entries, not people.
    ...countsOf(meeting.countUnit === 'entries' ? { memberCount: meeting.memberCount } : meeting),
    search: joinSearch(
      searchText([
        meeting.title,
        meeting.city,
        meeting.venue,
        meeting.theme,
        meeting.summary,
        ...meeting.agendaItems,
        ...meeting.outcomes.map((outcome) => outcome.text),
        ...meeting.sideEvents,
      ]),
      [...members.map((member) => member?.search), committee?.search],
    ),
  };
}

/**
 * Newest first: by the start of each entry's period, and where the dates cannot tell two entries
 * apart (a month and a day in it, two entries of one day) in the reverse of the order they were
 * entered, so that oldest first is the order they were entered in (see chronology.ts).
 */
export function sortEntries(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return newestFirst(entries, (entry) => entry);
}

/**
 * `sortEntries` for a list that changes a little at a time, as the timeline's does while it loads
 * (a page of visits at a time, newest first) and later (a saved visit). The order never moves an
 * entry across a year (a year-dated entry is placed among that year's months and days, no
 * further), so each year is sorted on its own and a year whose entries are the very same objects
 * as last time keeps its order: only the years that changed are sorted again.
 */
export function entrySorter(): (entries: Iterable<TimelineEntry>) => TimelineEntry[] {
  let known = new Map<string, { entries: TimelineEntry[]; sorted: TimelineEntry[] }>();
  const same = (a: readonly TimelineEntry[], b: readonly TimelineEntry[]) => a.length === b.length && a.every((entry, index) => entry === b[index]);
  return (entries) => {
    const years = new Map<string, TimelineEntry[]>();
    for (const entry of entries) {
      const year = entry.date.slice(0, 4);
      const group = years.get(year);
      if (group) group.push(entry);
      else years.set(year, [entry]);
    }
    const next = new Map<string, { entries: TimelineEntry[]; sorted: TimelineEntry[] }>();
    for (const [year, group] of years) {
      const before = known.get(year);
      next.set(year, before && same(before.entries, group) ? before : { entries: group, sorted: sortEntries(group) });
    }
    known = next;
    return [...years.keys()].sort().reverse().flatMap((year) => next.get(year)!.sorted);
  };
}

/** What the timeline can be narrowed by; every given condition must hold. */
export type TimelineFilter = {
  /** ISO days, inclusive; an entry matches if its period overlaps the range (October 2018 is in a range from 15 October). */
  from?: string;
  to?: string;
  country?: string;
  memberId?: string;
  committeeId?: string;
  kinds?: ReadonlyArray<TimelineEntry['kind']>;
  /** Visits that went this way (meetings have no direction, so they drop out). */
  direction?: VisitDirection;
  staff?: string;
  /** Words to find in any language; each must appear somewhere in the entry. */
  query?: string;
};

/** The entries matching a filter, in the order given. */
export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const words = (filter.query ?? '').split(/\s+/).map(normalizeForSearch).filter(Boolean);
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : null;
  const staff = filter.staff ? normalizeForSearch(filter.staff) : '';
  return entries.filter(
    (entry) =>
      ((!filter.from && !filter.to) || overlaps(entry.date, entry.endDate, filter.from, filter.to)) &&
      (!filter.country || entry.countries.includes(filter.country)) &&
      (!filter.memberId || entry.memberIds.includes(filter.memberId)) &&
      (!filter.committeeId || entry.committeeId === filter.committeeId) &&
      (!kinds || kinds.has(entry.kind)) &&
      (!filter.direction || entry.direction === filter.direction) &&
      (!staff || entry.staff.some((person) => normalizeForSearch(person).includes(staff))) &&
      words.every((word) => entry.search.includes(word)),
  );
}
