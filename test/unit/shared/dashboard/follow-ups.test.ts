import { describe, expect, it } from 'vitest';
import { overdueFollowUps } from '../../../../shared/dashboard/follow-ups';
import { sampleRecords } from './sample-records';

describe('overdue follow-ups', () => {
  const sample = sampleRecords();
  const visitMembers = new Map(sample.visits.map((visit) => [visit.id, visit.memberIds]));
  const memberCountry = new Map(sample.members.map((member) => [member.id, member.country]));

  it('finds the 14 follow-ups of the 2018 sample overdue on New Year 2019, by month of their deadline', () => {
    const charts = overdueFollowUps(sample.followUps, visitMembers, memberCountry, { fromYear: 2018, toYear: 2019 }, '2019-01-01');
    expect(charts.list).toHaveLength(14);
    expect(charts.byMonth.categories).toEqual(['2018-06', '2018-08', '2018-09', '2018-10', '2018-11', '2018-12']);
    expect(charts.byMonth.values).toEqual([[1], [1], [3], [3], [4], [2]]);
    // Due "in June" in the report: overdue from 1 July, so 185 days late on New Year, not 214 from an invented 1 June.
    expect(charts.list[0]).toMatchObject({ dueOn: '2018-06', deadline: '2018-06-30', daysOverdue: 185 });
  });

  it('counts a follow-up due in a month or a year as overdue only once its whole period has passed', () => {
    const base = { visitId: sample.visits[0].id, text: 'x', owner: 'y', deleted: 0 as const };
    const followUps = [
      { ...base, id: 'month', dueOn: '2020-02' },
      { ...base, id: 'year', dueOn: '2019' },
      { ...base, id: 'day', dueOn: '2020-02-10' },
    ];
    const overdueOn = (today: string) =>
      overdueFollowUps(followUps, visitMembers, memberCountry, { fromYear: 2019, toYear: 2020 }, today).list.map((item) => [item.id, item.daysOverdue]);
    expect(overdueOn('2019-12-31')).toEqual([]);
    expect(overdueOn('2020-02-29')).toEqual([
      ['year', 60],
      ['day', 19],
    ]);
    expect(overdueOn('2020-03-01')).toEqual([
      ['year', 61],
      ['day', 20],
      ['month', 1],
    ]);
  });

  it('leaves out follow-ups done, undated, not yet due, deleted, or due outside the range', () => {
    const visitId = sample.visits[0].id;
    const base = { visitId, text: 'x', owner: 'y', deleted: 0 as const };
    const followUps = [
      { ...base, id: '1', dueOn: '2020-01-10' },
      { ...base, id: '2', dueOn: '2020-01-10', doneOn: '2020-01-09' },
      { ...base, id: '3' },
      { ...base, id: '4', dueOn: '2020-03-01' },
      { ...base, id: '5', dueOn: '2020-01-10', deleted: 1 as const },
      { ...base, id: '6', dueOn: '2019-12-31' },
    ];
    const charts = overdueFollowUps(followUps, visitMembers, memberCountry, { fromYear: 2020, toYear: 2020 }, '2020-02-01');
    expect(charts.list.map((item) => item.id)).toEqual(['1']);
    expect(charts.list[0].daysOverdue).toBe(22);
  });

  it('keeps only follow-ups of visits involving the country filtered on', () => {
    const filter = { fromYear: 2018, toYear: 2019, country: 'RU' as const };
    const charts = overdueFollowUps(sample.followUps, visitMembers, memberCountry, filter, '2019-01-01');
    expect(charts.list.length).toBeGreaterThan(0);
    expect(charts.list.length).toBeLessThan(14);
    for (const item of charts.list) expect(visitMembers.get(item.visitId)?.some((id) => memberCountry.get(id) === 'RU')).toBe(true);
  });
});
