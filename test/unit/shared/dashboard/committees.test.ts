import { describe, expect, it } from 'vitest';
import { committeeCharts } from '../../../../shared/dashboard/committees';
import { sampleRecords } from './sample-records';

describe('committee meetings per year', () => {
  const sample = sampleRecords();
  const memberCountry = new Map(sample.members.map((member) => [member.id, member.country]));
  const english = new Map(sample.committees.map((committee) => [committee.id, committee.names.en]));

  it('counts the five committee meetings of 2018 and flags Sports, idle since its founding in 2013', () => {
    const charts = committeeCharts(sample.committees, sample.meetings, memberCountry, { fromYear: 2017, toYear: 2018 }, '2026-11-24');
    expect(charts.asOf).toBe('2018-12-31');
    expect(charts.meetings.categories).toHaveLength(17);
    expect(charts.meetings.series).toEqual([2017, 2018]);
    const met = charts.meetings.categories.filter((_, index) => charts.meetings.values[index][1] > 0).map((id) => english.get(id));
    expect(met.sort()).toEqual([
      'Disaster Prevention Committee',
      'Education and Cultural Exchange Committee',
      'Energy and Climate Change Committee',
      'International Human Resources Exchange Committee',
      'Mineral Resources Development Committee',
    ]);
    expect(charts.meetings.values.flat().reduce((sum, value) => sum + value, 0)).toBe(5);
    // Tourism too: the report says in May 2018 that it has not met for years.
    expect(charts.inactive.map((id) => english.get(id))).toEqual(['Tourism Committee', 'Sports Committee']);
    expect(charts.lastMeeting.get(sample.committees.find((committee) => committee.names.en === 'Tourism Committee')!.id)).toEqual({ on: '2016', orEarlier: true });
  });

  it('judges activity today when the range reaches it: nobody has met since 2018', () => {
    const charts = committeeCharts(sample.committees, sample.meetings, memberCountry, { fromYear: 2022, toYear: 2026 }, '2026-11-24');
    expect(charts.asOf).toBe('2026-11-24');
    const statuses = [...charts.activity.values()].map((activity) => activity.status);
    // Six committees have meetings the report gives no date for; their last known year still feeds the rule.
    expect(statuses.filter((status) => status === 'undated')).toHaveLength(0);
    expect(statuses.filter((status) => status === 'inactive')).toHaveLength(17);
  });

  it('keeps committees coordinated from the country filtered on, and leaves out those founded later', () => {
    const charts = committeeCharts(sample.committees, sample.meetings, memberCountry, { fromYear: 2010, toYear: 2012, country: 'RU' }, '2026-11-24');
    const coordinated = sample.committees.filter(
      (committee) => committee.foundedYear <= 2012 && committee.coordinatorIds.some((id) => memberCountry.get(id) === 'RU'),
    );
    expect(coordinated.length).toBeGreaterThan(0);
    expect(charts.meetings.categories.sort()).toEqual(coordinated.map((committee) => committee.id).sort());
  });

  it('takes the last meeting from the meeting records when the committee record is older', () => {
    const committee = { id: 'c1', coordinatorIds: ['m1'], foundedYear: 2000, meetingsHeld: 1, lastMeetingOn: '2001-05-01', deleted: 0 as const };
    const meetings = [{ committeeId: 'c1', startDate: '2004-06-01' }, { committeeId: 'c1', startDate: '2004-09-01', deleted: 1 as const }];
    const charts = committeeCharts([committee], meetings, new Map(), { fromYear: 2003, toYear: 2005 }, '2026-01-01');
    expect(charts.meetings.values).toEqual([[0, 1, 0]]);
    expect(charts.activity.get('c1')).toEqual({ status: 'active', since: '2004-06-01', idleMonths: 18, basis: { kind: 'meeting', on: '2004-06-01', orEarlier: false } });
    expect(charts.inactive).toEqual([]);
    expect(charts.lastMeeting.get('c1')).toEqual({ on: '2004-06-01', orEarlier: false });
  });
});
