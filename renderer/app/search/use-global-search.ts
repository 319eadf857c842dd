import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import { hasLeft, inListOrder, writtenName } from '../../../shared/domain/secretariat';
import { queryWords, searchActivity, searchTarget, searchTargets, staffSearchTarget, type SearchGroup, type SearchKind } from '../../../shared/search/global-search';
import { useDatabase } from '../../db/database-context';
import { useCommittees, useMembers } from '../../db/queries';
import { timelineStore } from '../../features/activity/use-timeline';
import { entryPath } from '../../features/activity/TimelineList';
import { todayIso } from '../../features/committees/use-as-of';
import { staffPath } from '../../features/secretariat/staff-path';
import { useFormat, type Formatters } from '../../i18n/use-format';

/** The most results shown per kind; the group says how many there are in all. */
const PER_KIND = 5;

/** One result as the search list shows it, and where Enter takes the user. */
export type SearchItem = { key: string; kind: SearchKind; label: string; detail: string; path: string };

/** A kind's results, in the order the list shows them. */
export type SearchResults = Array<{ kind: SearchKind; items: SearchItem[]; count: number }>;

function group<R>(kind: SearchKind, found: SearchGroup<R>, item: (record: R) => Omit<SearchItem, 'kind' | 'key'> & { id: string }) {
  return {
    kind,
    count: found.count,
    items: found.shown.map((record) => {
      const { id, ...rest } = item(record);
      return { key: `${kind}:${id}`, kind, ...rest };
    }),
  };
}

function dates(entry: TimelineEntry, format: Formatters): string {
  return entry.endDate && entry.endDate !== entry.date ? `${format.date(entry.date)} – ${format.date(entry.endDate)}` : format.date(entry.date);
}

/**
 * Members, committees, meetings, visits, contacts, staff and follow-ups matching `query`, grouped by kind.
 * Names are matched in every language and script and by common romanisations; meetings and
 * visits come from the timeline's in-memory store (one pass of substring tests over 100,000
 * entries), so the caller debounces the query rather than searching on every keystroke.
 * Undefined while the records are being read.
 */
export function useGlobalSearch(query: string): SearchResults | undefined {
  const { t } = useTranslation();
  const format = useFormat();
  const { db } = useDatabase();
  const members = useMembers();
  const committees = useCommittees();
  const others = useLiveQuery(
    () =>
      Promise.all([
        db.contacts.where('deleted').equals(0).toArray(),
        db.followUps.where('deleted').equals(0).toArray(),
        db.staff.where('deleted').equals(0).toArray(),
      ]),
    [db],
  );
  const store = timelineStore(db);
  const { entries } = useSyncExternalStore(store.subscribe, store.getSnapshot);

  // Each record's texts are folded once per change of the records, not once per query.
  const targets = useMemo(() => {
    if (!members || !committees || !others) return undefined;
    const byName = <R extends { names: Parameters<Formatters['name']>[0] }>(a: R, b: R) => format.collator.compare(format.name(a.names), format.name(b.names));
    const [contacts, followUps, staff] = others;
    return {
      members: [...members].sort(byName).map((member) => searchTarget(member, [member.names])),
      committees: [...committees].sort(byName).map((committee) => searchTarget(committee, [committee.names])),
      contacts: contacts.map((contact) => searchTarget(contact, [contact.name, contact.latin, contact.title, contact.organisation])),
      followUps: followUps.map((followUp) => searchTarget(followUp, [followUp.text, followUp.owner])),
      staff: inListOrder(staff).map(staffSearchTarget),
    };
  }, [members, committees, others, format]);

  return useMemo(() => {
    if (!targets) return undefined;
    const words = queryWords(query);
    if (words.length === 0) return [];
    const activity = searchActivity(entries, words, [...targets.members, ...targets.committees], PER_KIND);
    const entryItem = (entry: TimelineEntry) => ({
      id: entry.id,
      label: format.name(entry.title),
      detail: [dates(entry, format), entry.direction ? t(`directions.${entry.direction}`) : t(`kinds.${entry.kind}`), entry.subtitle ? format.name(entry.subtitle) : '']
        .filter(Boolean)
        .join(' · '),
      path: entryPath(entry),
    });
    const results: SearchResults = [
      group('member', searchTargets(targets.members, words, PER_KIND), (member) => ({
        id: member.id,
        label: format.name(member.names),
        detail: [format.country(member.country), member.names.native !== format.name(member.names) ? member.names.native : ''].filter(Boolean).join(' · '),
        path: `/members/${member.id}`,
      })),
      group('committee', searchTargets(targets.committees, words, PER_KIND), (committee) => ({
        id: committee.id,
        label: format.name(committee.names),
        detail: committee.field ? format.name(committee.field) : '',
        path: `/committees/${committee.id}`,
      })),
      group('meeting', activity.meeting, entryItem),
      group('visit', activity.visit, entryItem),
      group('contact', searchTargets(targets.contacts, words, PER_KIND), (contact) => ({
        id: contact.id,
        label: [contact.name, contact.latin].filter(Boolean).join(' / '),
        detail: [contact.title, contact.organisation].map((text) => (text ? format.name(text) : '')).filter(Boolean).join(' · '),
        // A contact has no page of its own: the member government it belongs to, or the activity naming them.
        path: contact.memberId ? `/members/${contact.memberId}` : `/activity?query=${encodeURIComponent(contact.latin ?? contact.name)}`,
      })),
      group('staff', searchTargets(targets.staff, words, PER_KIND), (person) => ({
        id: person.id,
        label: writtenName(person.name, format.locale).text,
        detail: [format.name(person.role), hasLeft(person, todayIso()) ? t('secretariat.staff.left') : ''].filter(Boolean).join(' · '),
        path: staffPath(person.id),
      })),
      group('followUp', searchTargets(targets.followUps, words, PER_KIND), (followUp) => ({
        id: followUp.id,
        label: followUp.text,
        detail: [followUp.doneOn ? t('find.done') : followUp.dueOn ? t('find.due', { date: format.date(followUp.dueOn) }) : '', followUp.owner].filter(Boolean).join(' · '),
        path: `/activity/visits/${followUp.visitId}`,
      })),
    ];
    return results.filter((result) => result.count > 0);
  }, [targets, entries, query, format, t]);
}
