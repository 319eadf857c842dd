import { describe, expect, it } from 'vitest';
import { activityYears, computeDashboard } from '../../../../shared/dashboard/dashboard';
import { sampleRecords } from './sample-records';

describe('the whole dashboard on the 2018 sample', () => {
  const sample = sampleRecords();
  const visits = sample.visits.map(({ id, date, direction, memberIds }) => ({ id, date, direction, memberIds }));
  const input = { ...sample, visits, followUpVisits: new Map(sample.visits.map((visit) => [visit.id, visit.memberIds])) };

  it('opens on 2018, the one year with a visit or meeting', () => {
    expect(activityYears(visits, sample.meetings)).toEqual({ min: 2018, max: 2018 });
    expect(activityYears([...visits, { id: 'later', date: '2019', direction: 'inbound', memberIds: [] }], sample.meetings)).toEqual({ min: 2018, max: 2019 });
    expect(activityYears([], [])).toBeUndefined();
  });

  it('skips deleted records everywhere', () => {
    const [first, ...others] = sample.members;
    const withDeleted = { ...input, members: [{ ...first, deleted: 1 as const }, ...others] };
    const dashboard = computeDashboard(withDeleted, { fromYear: 2018, toYear: 2019 }, '2019-01-01');
    const total = dashboard.members.values.flat().reduce((sum, value) => sum + value, 0);
    expect(total).toBe(78);
  });

  it('narrows every chart to Japan', () => {
    const dashboard = computeDashboard(input, { fromYear: 2018, toYear: 2018, country: 'JP' }, '2019-01-01');
    expect(dashboard.members.values).toEqual([[11, 0]]);
    expect(dashboard.youthContest.values).toEqual([[2]]);
    expect(dashboard.activity.byCountry.categories).toEqual(['JP']);
    // Two outbound visits and one inbound, the assembly, two committee meetings, the workshop and the contest.
    expect(dashboard.activity.byCountry.values[0].reduce((sum, value) => sum + value, 0)).toBe(8);
    expect(dashboard.dues.unpaid).toEqual([]);
    expect(dashboard.overdue.list.every((item) => input.followUpVisits.get(item.visitId)?.length)).toBe(true);
  });
});
