import { describe, expect, it } from 'vitest';
import { membersByCountry } from '../../../../shared/dashboard/members';
import { sampleRecords } from './sample-records';

describe('members by country', () => {
  it('counts the 2018 sample: 78 members in six countries and one associate (Vietnam)', () => {
    const chart = membersByCountry(sampleRecords().members, { fromYear: 2014, toYear: 2018 });
    expect(chart.categories).toEqual(['CN', 'KP', 'JP', 'MN', 'KR', 'RU', 'other']);
    expect(chart.series).toEqual(['member', 'associate']);
    expect(chart.values).toEqual([[11, 0], [2, 0], [11, 0], [22, 0], [16, 0], [16, 0], [0, 1]]);
  });

  it('leaves out members admitted after the range and deleted ones', () => {
    const members = [
      { country: 'JP', kind: 'member' as const, admittedYear: 1996, deleted: 0 as const },
      { country: 'JP', kind: 'member' as const, admittedYear: 2019, deleted: 0 as const },
      { country: 'JP', kind: 'member' as const, deleted: 0 as const },
      { country: 'JP', kind: 'member' as const, admittedYear: 2000, deleted: 1 as const },
    ];
    expect(membersByCountry(members, { fromYear: 2016, toYear: 2018, country: 'JP' })).toEqual({
      categories: ['JP'],
      series: ['member', 'associate'],
      values: [[2, 0]],
    });
  });
});
