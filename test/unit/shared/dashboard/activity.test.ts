import { describe, expect, it } from 'vitest';
import { activityCharts, memberCountryBits, type MeetingRow, type VisitRow } from '../../../../shared/dashboard/activity';
import { seriesTotals } from '../../../../shared/dashboard/chart-data';
import { sampleRecords } from './sample-records';

const JP = '11111111-1111-4111-8111-111111111111';
const KR = '22222222-2222-4222-8222-222222222222';
const VN = '33333333-3333-4333-8333-333333333333';
const members = [
  { id: JP, country: 'JP' },
  { id: KR, country: 'KR' },
  { id: VN, country: 'VN' },
];
const visits: VisitRow[] = [
  { date: '2018-01-05', direction: 'outbound', memberIds: [JP] },
  { date: '2018-01-20', direction: 'inbound', memberIds: [JP, KR] },
  { date: '2018-03-01', direction: 'thirdEvent', memberIds: [] },
  { date: '2019-02-01', direction: 'outbound', memberIds: [KR] },
  { date: '2017-12-31', direction: 'outbound', memberIds: [JP] },
];
const meetings: MeetingRow[] = [
  { kind: 'youthContest', startDate: '2018-03-10', participantIds: [], participantCounts: { JP: 2, other: 1 } },
  { kind: 'workshop', startDate: '2018-01-15', hostMemberId: KR, participantIds: [], participantCounts: {} },
];
const bits = memberCountryBits(members);

/** The chart's values for one category, by series name. */
function row<C>(chart: { categories: C[]; series: string[]; values: number[][] }, category: C): Record<string, number> {
  const index = chart.categories.indexOf(category);
  return Object.fromEntries(chart.series.map((series, column) => [series, chart.values[index][column]]).filter(([, value]) => value !== 0));
}

describe('activity per month and per country', () => {
  const charts = activityCharts(visits, meetings, bits, { fromYear: 2018, toYear: 2019 });

  it('counts each activity once in its month, by kind, inside the year range only', () => {
    expect(charts.byMonth.categories).toHaveLength(24);
    expect(charts.byMonth.series).toEqual(['outbound', 'inbound', 'thirdEvent', 'workshop', 'youthContest']);
    expect(row(charts.byMonth, '2018-01')).toEqual({ outbound: 1, inbound: 1, workshop: 1 });
    expect(row(charts.byMonth, '2018-03')).toEqual({ thirdEvent: 1, youthContest: 1 });
    expect(row(charts.byMonth, '2019-02')).toEqual({ outbound: 1 });
    expect(row(charts.byMonth, '2018-02')).toEqual({});
  });

  it('counts a visit under every country it involves, and one with no member under "other"', () => {
    expect(row(charts.byCountry, 'JP')).toEqual({ outbound: 1, inbound: 1, youthContest: 1 });
    expect(row(charts.byCountry, 'KR')).toEqual({ outbound: 1, inbound: 1, workshop: 1 });
    expect(row(charts.byCountry, 'other')).toEqual({ thirdEvent: 1, youthContest: 1 });
    expect(row(charts.byCountry, 'CN')).toEqual({});
  });

  it('keeps only activity involving the country filtered on', () => {
    const japan = activityCharts(visits, meetings, bits, { fromYear: 2018, toYear: 2019, country: 'JP' });
    expect(japan.byCountry.categories).toEqual(['JP']);
    expect(row(japan.byMonth, '2018-01')).toEqual({ outbound: 1, inbound: 1 });
    expect(row(japan.byMonth, '2018-03')).toEqual({ youthContest: 1 });
    expect(row(japan.byMonth, '2019-02')).toEqual({});
  });

  it('gives entries dated by year only a place of their own after December, only in years that have them', () => {
    const yearOnly: VisitRow[] = [...visits, { date: '2018', direction: 'inbound', memberIds: [JP] }, { date: '2018-03', direction: 'inbound', memberIds: [KR] }];
    const withYear = activityCharts(yearOnly, meetings, bits, { fromYear: 2018, toYear: 2019 });
    expect(withYear.byMonth.categories).toHaveLength(25);
    expect(withYear.byMonth.categories.slice(11, 14)).toEqual(['2018-12', '2018', '2019-01']);
    expect(row(withYear.byMonth, '2018')).toEqual({ inbound: 1 });
    expect(row(withYear.byMonth, '2018-01')).toEqual({ outbound: 1, inbound: 1, workshop: 1 });
    expect(row(withYear.byMonth, '2018-03')).toEqual({ inbound: 1, thirdEvent: 1, youthContest: 1 });
    expect(withYear.monthNotRecorded).toEqual([{ year: 2018, count: 1 }]);
    expect(row(withYear.byCountry, 'JP')).toEqual({ outbound: 1, inbound: 2, youthContest: 1 });
    expect(charts.monthNotRecorded).toEqual([]);
    const korea = activityCharts(yearOnly, meetings, bits, { fromYear: 2018, toYear: 2019, country: 'KR' });
    expect(korea.monthNotRecorded).toEqual([]);
  });

  it('shows no series at all when nothing happened in the range', () => {
    const empty = activityCharts(visits, meetings, bits, { fromYear: 2010, toYear: 2011 });
    expect(empty.byMonth.series).toEqual([]);
  });
});

describe('activity in the 2018 sample', () => {
  const sample = sampleRecords();
  const sampleVisits = sample.visits.map(({ id, date, direction, memberIds }) => ({ id, date, direction, memberIds }));
  const charts = activityCharts(sampleVisits, sample.meetings, memberCountryBits(sample.members), { fromYear: 2018, toYear: 2018 });
  const totals = Object.fromEntries(charts.byMonth.series.map((series, index) => [series, seriesTotals(charts.byMonth)[index]]));

  it('has the 40 visits and 9 meetings of 2018 by kind', () => {
    expect(totals).toEqual({
      outbound: 22,
      inbound: 6,
      thirdEvent: 12,
      generalAssembly: 1,
      committeeMeeting: 5,
      workshop: 1,
      youthForum: 1,
      youthContest: 1,
    });
  });

  it('counts the entries the report dates by month in their month, and those dated by year after December, never in January', () => {
    expect(row(charts.byMonth, '2018-01')).toEqual({ outbound: 1, inbound: 1 });
    expect(row(charts.byMonth, '2018-10')).toEqual({ outbound: 3, thirdEvent: 1, generalAssembly: 1 });
    expect(charts.byMonth.categories.slice(-2)).toEqual(['2018-12', '2018']);
    expect(row(charts.byMonth, '2018')).toEqual({ inbound: 1, youthContest: 1 });
    expect(charts.monthNotRecorded).toEqual([{ year: 2018, count: 2 }]);
  });

  it('has Japan visited twice and visiting once', () => {
    expect(row(charts.byCountry, 'JP')).toMatchObject({ outbound: 2, inbound: 1 });
    expect(row(charts.byCountry, 'JP').thirdEvent).toBeUndefined();
  });
});
