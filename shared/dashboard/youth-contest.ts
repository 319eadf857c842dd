import type { MeetingFields } from '../domain/activity';
import { withoutEmptySeries, type ChartData } from './chart-data';
import { bucketsFor, countryBucket, yearOf, yearsOf, type CountryBucket, type DashboardFilter } from './filter';

type ContestFacts = Pick<MeetingFields, 'kind' | 'startDate' | 'participantCounts' | 'countUnit'> & { deleted?: 0 | 1 };

/**
 * Youth contest entries per year (the contest's start date) and country, as the records count them:
 * only contests whose counts are entries, not people or member governments.
 */
export function youthContestEntries(meetings: readonly ContestFacts[], filter: DashboardFilter): ChartData<number, CountryBucket> {
  const years = yearsOf(filter);
  const buckets = bucketsFor(filter);
  const column = new Map(buckets.map((bucket, index) => [bucket, index]));
  const values = years.map(() => buckets.map(() => 0));
  for (const meeting of meetings) {
    if (meeting.deleted || meeting.kind !== 'youthContest' || meeting.countUnit !== 'entries') continue;
    const year = yearOf(meeting.startDate);
    if (year < filter.fromYear || year > filter.toYear) continue;
    for (const [code, count] of Object.entries(meeting.participantCounts)) {
      const index = column.get(countryBucket(code));
      if (index !== undefined && count) values[year - filter.fromYear][index] += count;
    }
  }
  return withoutEmptySeries({ categories: years, series: buckets, values });
}
