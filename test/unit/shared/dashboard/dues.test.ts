import { describe, expect, it } from 'vitest';
import { duesCharts } from '../../../../shared/dashboard/dues';
import { sampleRecords } from './sample-records';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const members = [
  { id: A, country: 'JP', kind: 'member' as const, admittedYear: 2015, deleted: 0 as const },
  { id: B, country: 'KR', kind: 'member' as const, admittedYear: 2020, deleted: 0 as const },
];
const ledger = [
  { memberId: A, fiscalYear: 2019, status: 'paid' as const, amount: 1_200_000, currency: 'KRW', deleted: 0 as const },
  { memberId: A, fiscalYear: 2020, status: 'waived' as const, deleted: 0 as const },
  { memberId: B, fiscalYear: 2021, status: 'paid' as const, amount: 1000, currency: 'USD', deleted: 0 as const },
  { memberId: B, fiscalYear: 2022, status: 'paid' as const, amount: 1000, currency: 'USD', deleted: 1 as const },
];

describe('dues per year and unpaid members', () => {
  const charts = duesCharts(members, ledger, [], { fromYear: 2016, toYear: 2022 }, '2022-06-01');

  it('counts members paid, waived and unpaid per fiscal year from 2018, the first dues year', () => {
    expect(charts.perYear.categories).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(charts.perYear.series).toEqual(['paid', 'waived', 'unpaid']);
    expect(charts.perYear.values).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
      [1, 0, 1],
      [0, 0, 2],
    ]);
  });

  it('sums what was received per currency, never across currencies', () => {
    expect(charts.currencies).toEqual(['KRW', 'USD']);
    expect(charts.received).toEqual([
      [0, 0],
      [1_200_000, 0],
      [0, 0],
      [0, 1000],
      [0, 0],
    ]);
  });

  it('lists unpaid years and who lost the vote (two years unpaid since the last payment)', () => {
    expect(charts.unpaid).toEqual([
      { memberId: A, country: 'JP', years: [2018, 2021, 2022], standing: 'losesVote' },
      { memberId: B, country: 'KR', years: [2022], standing: 'keepsVote' },
    ]);
    expect(charts.unpaidByCountry.values[charts.unpaidByCountry.categories.indexOf('JP')]).toEqual([0, 1, 0]);
    expect(charts.unpaidByCountry.values[charts.unpaidByCountry.categories.indexOf('KR')]).toEqual([1, 0, 0]);
  });

  it('counts only the years inside the range, and only the country filtered on', () => {
    const korea = duesCharts(members, ledger, [], { fromYear: 2021, toYear: 2021, country: 'KR' }, '2022-06-01');
    expect(korea.perYear.values).toEqual([[1, 0, 0]]);
    expect(korea.unpaid).toEqual([]);
  });

  it('finds every member of the 2018 sample owing 2019 on, 2018 having been postponed', () => {
    const sample = sampleRecords();
    const today = '2020-06-01';
    const result = duesCharts(sample.members, sample.dues, sample.duesPostponements, { fromYear: 2018, toYear: 2020 }, today);
    expect(result.perYear.values).toEqual([
      [0, 0, 0],
      [0, 0, 79],
      [0, 0, 79],
    ]);
    expect(result.unpaid).toHaveLength(79);
    expect(result.unpaid.filter((member) => member.standing === 'losesVote')).toHaveLength(78);
    expect(result.unpaid.find((member) => member.country === 'VN')).toMatchObject({ standing: 'associate', years: [2019, 2020] });
  });
});
