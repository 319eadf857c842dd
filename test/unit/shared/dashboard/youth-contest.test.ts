import { describe, expect, it } from 'vitest';
import { youthContestEntries } from '../../../../shared/dashboard/youth-contest';
import { sampleRecords } from './sample-records';

describe('youth contest entries', () => {
  const meetings = sampleRecords().meetings;

  it('has the 2018 contest entries by country: 130 in all', () => {
    const chart = youthContestEntries(meetings, { fromYear: 2017, toYear: 2018 });
    expect(chart.categories).toEqual([2017, 2018]);
    expect(chart.series).toEqual(['CN', 'JP', 'MN', 'KR', 'RU']);
    expect(chart.values).toEqual([
      [0, 0, 0, 0, 0],
      [51, 2, 22, 21, 34],
    ]);
  });

  it('shows one country when filtered, and nothing outside the years of a contest', () => {
    expect(youthContestEntries(meetings, { fromYear: 2018, toYear: 2018, country: 'KR' }).values).toEqual([[21]]);
    expect(youthContestEntries(meetings, { fromYear: 2019, toYear: 2020 }).series).toEqual([]);
  });

  it('counts only contests whose counts are entries', () => {
    const people = { kind: 'youthContest' as const, startDate: '2020-05-01', participantCounts: { JP: 40 }, countUnit: 'people' as const };
    const entries = { ...people, countUnit: 'entries' as const, participantCounts: { JP: 3, other: 2 } };
    expect(youthContestEntries([people, entries], { fromYear: 2020, toYear: 2020 })).toEqual({
      categories: [2020],
      series: ['JP', 'other'],
      values: [[3, 2]],
    });
  });
});
