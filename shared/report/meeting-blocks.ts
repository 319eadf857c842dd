import { MEMBER_COUNTRIES } from '../domain/countries';
import type { MeetingFields } from '../domain/activity';
import type { ReportContext } from './context';
import { markedTable, type HeadingLevel, type Marked, type ReportBlock, type Stored } from './model';

/**
 * The parts every meeting of the report shares, in the order the 2018 report writes them:
 * "1. 活动概况" (when, where, who), the account, what it decided, and the side events ("附带活动").
 */

type Meeting = Stored<MeetingFields>;

const COUNT_KEYS = [...MEMBER_COUNTRIES, 'other'] as const;

/** When, where, who hosted and who took part, as label and value pairs; absent facts are left out. */
export function meetingFacts(meeting: Meeting, ctx: ReportContext): ReportBlock {
  const { w } = ctx;
  const rows: Array<[string, string, Marked['from']?]> = [[w.t('facts.dates'), w.dates(meeting.startDate, meeting.endDate)]];
  const add = (label: string, value: () => string) => {
    const { text, from } = w.marked(value);
    if (text) rows.push(from ? [w.t(label), text, from] : [w.t(label), text]);
  };
  const { committeeId, hostMemberId, headcount } = meeting;
  if (committeeId) add('facts.committee', () => ctx.committeeName(committeeId));
  if (hostMemberId) add('facts.host', () => ctx.memberName(hostMemberId));
  add('facts.city', () => w.text(meeting.city));
  add('facts.venue', () => w.text(meeting.venue));
  add('facts.theme', () => w.text(meeting.theme));
  if (meeting.participantIds.length > 0) add('facts.participants', () => w.list(meeting.participantIds.map(ctx.memberName)));
  // A count the record gives as "150余人" stays a lower bound in print, never a plain 150.
  const counted = (value: number, atLeast?: boolean) => (atLeast ? w.t('record.atLeast', { count: w.number(value) }) : w.number(value));
  if (headcount !== undefined) add(`facts.headcount.${meeting.countUnit}`, () => counted(headcount, meeting.headcountAtLeast));
  const { delegates, memberCount, countryCount, guestCountries } = meeting;
  if (delegates !== undefined) add('record.delegates', () => counted(delegates));
  if (memberCount !== undefined) add('record.memberCount', () => counted(memberCount));
  if (countryCount !== undefined) add('record.countryCount', () => counted(countryCount));
  if (guestCountries?.length) {
    const guest = ({ country, people }: { country: string; people?: number }) =>
      people === undefined ? w.country(country) : w.t('record.guestPeople', { country: w.country(country), count: w.number(people) });
    add('record.guestCountries', () => w.list(guestCountries.map(guest)));
  }
  return { kind: 'facts', rows };
}

/** The per-country counts (members, entries or people) as a table with a total, when the record has them. */
export function countsTable(meeting: Meeting, ctx: ReportContext): ReportBlock[] {
  const { w } = ctx;
  const counts = COUNT_KEYS.flatMap((code) => {
    const value = meeting.participantCounts[code];
    return value === undefined ? [] : [[code === 'other' ? w.t('facts.otherCountries') : w.country(code), value] as [string, number]];
  });
  if (counts.length === 0) return [];
  const total = counts.reduce((sum, [, value]) => sum + value, 0);
  const title = w.marked(() => w.t('facts.countsTitle', { meeting: w.text(meeting.title) }));
  return [
    markedTable({
      id: `counts-${meeting.id}`,
      numeric: [1],
      title: title.text,
      titleFrom: title.from,
      columns: [w.t('facts.country'), w.t(`facts.unit.${meeting.countUnit}`)],
      rows: [...counts, [w.t('facts.total'), total]],
    }),
  ];
}

/** A titled list, or nothing when the list is empty. */
export function titledList(level: HeadingLevel, title: string, items: Marked[]): ReportBlock[] {
  const present = items.filter((item) => item.text);
  return present.length === 0 ? [] : [{ kind: 'heading', level, text: title }, { kind: 'list', ordered: false, items: present }];
}

/** The account of a meeting ("主要内容"), when the record has one. */
export function summaryBlocks(meeting: Meeting, ctx: ReportContext): ReportBlock[] {
  const summary = ctx.w.marked(() => ctx.w.text(meeting.summary));
  return summary.text ? [{ kind: 'paragraph', ...summary }] : [];
}

/** What a meeting decided or agreed ("Decision: …") and its side events ("附带活动"). */
export function outcomeBlocks(meeting: Meeting, ctx: ReportContext, level: HeadingLevel): ReportBlock[] {
  const { w } = ctx;
  return [
    ...titledList(
      level,
      w.t('facts.outcomes'),
      meeting.outcomes.map((outcome) => w.marked(() => w.t('facts.outcome', { kind: w.t(`outcomeKinds.${outcome.kind}`), text: w.text(outcome.text) }))),
    ),
    ...titledList(
      level,
      w.t('facts.sideEvents'),
      meeting.sideEvents.map((event) => w.marked(() => w.text(event))),
    ),
  ];
}

/** One meeting in full under a heading of `level`: its title, facts, account, counts and outcomes. */
export function meetingBlocks(meeting: Meeting, ctx: ReportContext, level: 1 | 2 = 1): ReportBlock[] {
  return [
    { kind: 'heading', level, ...ctx.w.marked(() => ctx.w.text(meeting.title)) },
    meetingFacts(meeting, ctx),
    ...summaryBlocks(meeting, ctx),
    ...countsTable(meeting, ctx),
    ...outcomeBlocks(meeting, ctx, level === 1 ? 2 : 3),
  ];
}
