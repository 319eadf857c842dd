import { MEETING_KINDS, VISIT_DIRECTIONS, type MeetingFields, type MeetingKind, type VisitDirection } from '../domain/activity';
import { withoutEmptySeries, type ChartData } from './chart-data';
import { bucketsFor, COUNTRY_BUCKETS, countryBucket, monthOf, monthsOf, yearOf, type CountryBucket, type DashboardFilter } from './filter';

/**
 * What the activity charts need of a visit, or of `count` visits alike in these fields (a line of
 * the visit tally, dated to the month or year: see visit-tally.ts). `count` is 1 when absent.
 */
export type VisitRow = { date: string; direction: VisitDirection; memberIds: readonly string[]; count?: number };

/** What the activity charts need of a meeting. */
export type MeetingRow = Pick<MeetingFields, 'kind' | 'startDate' | 'hostMemberId' | 'participantIds' | 'participantCounts'>;

/** A kind of activity: a visit by its direction, a meeting by its kind. */
export type ActivityKind = VisitDirection | MeetingKind;
export const ACTIVITY_KINDS: readonly ActivityKind[] = [...VISIT_DIRECTIONS, ...MEETING_KINDS];

export type ActivityCharts = {
  /**
   * Visits and meetings per month ("YYYY-MM"), by kind. What the record dates by year only has no
   * month: it is counted after that year's December under the year itself ("YYYY", a month not
   * recorded), a category present only for years that have such entries, never in January.
   */
  byMonth: ChartData<string, ActivityKind>;
  /** Visits and meetings per country of the member governments involved, by kind. */
  byCountry: ChartData<CountryBucket, ActivityKind>;
  /** How many of the entries counted are dated by year only, per year that has any (oldest first). */
  monthNotRecorded: Array<{ year: number; count: number }>;
};

/** Whether a chart category of `byMonth` is a year whose month is not recorded rather than a month. */
export function isYearCategory(category: string): boolean {
  return category.length === 4;
}

/** Bit of each country bucket in a row's country mask. */
const BUCKET_BIT = new Map<CountryBucket, number>(COUNTRY_BUCKETS.map((bucket, index) => [bucket, 1 << index]));
const OTHER_BIT = BUCKET_BIT.get('other')!;
const KIND_INDEX = new Map<ActivityKind, number>(ACTIVITY_KINDS.map((kind, index) => [kind, index]));

/** Each member's country as a bit, computed once so each visit costs a map lookup per member. */
export function memberCountryBits(members: ReadonlyArray<{ id: string; country: string }>): Map<string, number> {
  return new Map(members.map((member) => [member.id, BUCKET_BIT.get(countryBucket(member.country))!]));
}

/** The countries a visit involves; a visit with no member government counts under "other". */
function visitMask(memberIds: readonly string[], bits: ReadonlyMap<string, number>): number {
  let mask = 0;
  for (const id of memberIds) mask |= bits.get(id) ?? 0;
  return mask || OTHER_BIT;
}

/** The countries a meeting involves: its host, the members named, and the countries counted. */
function meetingMask(meeting: MeetingRow, bits: ReadonlyMap<string, number>): number {
  let mask = meeting.hostMemberId ? (bits.get(meeting.hostMemberId) ?? 0) : 0;
  for (const id of meeting.participantIds) mask |= bits.get(id) ?? 0;
  for (const [code, count] of Object.entries(meeting.participantCounts)) {
    if ((count ?? 0) > 0) mask |= BUCKET_BIT.get(countryBucket(code))!;
  }
  return mask || OTHER_BIT;
}

/** Month slots per year: twelve months, then the year's entries whose month is not recorded. */
const SLOTS = 13;

/** Counters for one pass: months × kinds and buckets × kinds, in flat typed arrays. */
class ActivityCounter {
  readonly byMonth: Int32Array;
  readonly byBucket = new Int32Array(COUNTRY_BUCKETS.length * ACTIVITY_KINDS.length);
  private readonly required: number;

  constructor(private readonly filter: DashboardFilter) {
    this.byMonth = new Int32Array((filter.toYear - filter.fromYear + 1) * SLOTS * ACTIVITY_KINDS.length);
    this.required = filter.country ? BUCKET_BIT.get(filter.country)! : 0;
  }

  /** Counts an entry in the month its period starts in (a date as precise as its record: day, month or year). */
  add(date: string, kind: number, mask: number, count = 1): void {
    const year = yearOf(date);
    if (year < this.filter.fromYear || year > this.filter.toYear) return;
    if (this.required && !(mask & this.required)) return;
    // A year alone ("2018") has no month: its own slot after December, never January.
    const slot = (year - this.filter.fromYear) * SLOTS + (date.length === 4 ? 12 : monthOf(date) - 1);
    this.byMonth[slot * ACTIVITY_KINDS.length + kind] += count;
    for (let bucket = 0; bucket < COUNTRY_BUCKETS.length; bucket += 1) {
      if (mask & (1 << bucket)) this.byBucket[bucket * ACTIVITY_KINDS.length + kind] += count;
    }
  }
}

/** Rows of a flat counter as the chart's values. */
function rowsOf(counts: Int32Array, indexes: number[]): number[][] {
  const width = ACTIVITY_KINDS.length;
  return indexes.map((index) => Array.from(counts.subarray(index * width, (index + 1) * width)));
}

/**
 * Visits and meetings per month and per country, by kind, in one pass over the records. A visit
 * involving members of two countries counts once in each country's bar but once only in its month.
 * With a country filter, only activity involving that country is counted.
 */
export function activityCharts(
  visits: readonly VisitRow[],
  meetings: readonly MeetingRow[],
  countryBits: ReadonlyMap<string, number>,
  filter: DashboardFilter,
): ActivityCharts {
  const counter = new ActivityCounter(filter);
  for (const visit of visits) counter.add(visit.date, KIND_INDEX.get(visit.direction)!, visitMask(visit.memberIds, countryBits), visit.count);
  for (const meeting of meetings) counter.add(meeting.startDate, KIND_INDEX.get(meeting.kind)!, meetingMask(meeting, countryBits));

  const width = ACTIVITY_KINDS.length;
  const categories: string[] = [];
  const slots: number[] = [];
  const monthNotRecorded: ActivityCharts['monthNotRecorded'] = [];
  monthsOf(filter).forEach((month, index) => {
    const year = Math.floor(index / 12);
    categories.push(month);
    slots.push(year * SLOTS + (index % 12));
    if (index % 12 !== 11) return;
    const yearSlot = year * SLOTS + 12;
    const count = counter.byMonth.subarray(yearSlot * width, (yearSlot + 1) * width).reduce((sum, value) => sum + value, 0);
    if (count === 0) return;
    categories.push(String(filter.fromYear + year));
    slots.push(yearSlot);
    monthNotRecorded.push({ year: filter.fromYear + year, count });
  });
  const buckets = bucketsFor(filter);
  return {
    byMonth: withoutEmptySeries({ categories, series: [...ACTIVITY_KINDS], values: rowsOf(counter.byMonth, slots) }),
    byCountry: withoutEmptySeries({
      categories: buckets,
      series: [...ACTIVITY_KINDS],
      values: rowsOf(counter.byBucket, buckets.map((bucket) => COUNTRY_BUCKETS.indexOf(bucket))),
    }),
    monthNotRecorded,
  };
}
