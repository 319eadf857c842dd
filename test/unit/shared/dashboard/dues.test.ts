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
  { memberId: A, fiscalYear: 2019, status: 'paid' as const, amount: 1_200_000, currency: 'KRW', receivedOn: '2019-04-02', deleted: 0 as const },
  { memberId: A, fiscalYear: 2020, status: 'waived' as const, deleted: 0 as const },
  { memberId: B, fiscalYear: 2021, status: 'paid' as const, amount: 1000, currency: 'USD', receivedOn: '2021-03-15', deleted: 0 as const },
  { memberId: B, fiscalYear: 2022, status: 'paid' as const, amount: 1000, currency: 'USD', receivedOn: '2022-04-01', deleted: 1 as const },
];

describe('dues per year and unpaid members', () => {
  const charts = duesCharts(members, ledger, [], { fromYear: 2016, toYear: 2022 }, '2022-06-01');

  it('counts members paid, waived, postponed and unpaid per fiscal year from 2018, the first dues year', () => {
    expect(charts.perYear.categories).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(charts.perYear.series).toEqual(['paid', 'waived', 'postponed', 'unpaid']);
    expect(charts.perYear.values).toEqual([
      [0, 0, 0, 1],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [1, 0, 0, 1],
      [0, 0, 0, 2],
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
      { memberId: A, country: 'JP', years: [2018, 2021, 2022], unpaidYears: [2018, 2021, 2022], standing: 'losesVote' },
      { memberId: B, country: 'KR', years: [2022], unpaidYears: [2022], standing: 'keepsVote' },
    ]);
    expect(charts.unpaidByCountry.series).toEqual(['keepsVote', 'paidAgain', 'losesVote']);
    expect(charts.unpaidByCountry.values[charts.unpaidByCountry.categories.indexOf('JP')]).toEqual([0, 0, 1]);
    expect(charts.unpaidByCountry.values[charts.unpaidByCountry.categories.indexOf('KR')]).toEqual([1, 0, 0]);
  });

  it('counts only the years inside the range, and only the country filtered on', () => {
    const korea = duesCharts(members, ledger, [], { fromYear: 2021, toYear: 2021, country: 'KR' }, '2022-06-01');
    expect(korea.perYear.values).toEqual([[1, 0, 0, 0]]);
    expect(korea.unpaid).toEqual([]);
  });

  it('gives the standing with every year it rests on, even when the range shows only one of them', () => {
    const lastYear = duesCharts(members, ledger, [], { fromYear: 2022, toYear: 2022, country: 'JP' }, '2022-06-01');
    expect(lastYear.unpaid).toEqual([{ memberId: A, country: 'JP', years: [2022], unpaidYears: [2018, 2021, 2022], standing: 'losesVote' }]);
  });

  it('tells a member voting again after paying again from one that never lost its vote', () => {
    const paidAgain = [{ memberId: A, fiscalYear: 2022, status: 'paid' as const, amount: 1000, currency: 'USD', receivedOn: '2022-03-01', deleted: 0 as const }];
    const result = duesCharts(members.slice(0, 1), paidAgain, [], { fromYear: 2018, toYear: 2022 }, '2022-06-01');
    expect(result.unpaid).toEqual([{ memberId: A, country: 'JP', years: [2018, 2019, 2020, 2021], unpaidYears: [2018, 2019, 2020, 2021], standing: 'paidAgain' }]);
  });

  it('counts a payment only once received: one received after the date is still unpaid', () => {
    const early = duesCharts(members, ledger, [], { fromYear: 2019, toYear: 2019, country: 'JP' }, '2019-05-01');
    const late = [{ ...ledger[0], receivedOn: '2019-06-01' }];
    const before = duesCharts(members, late, [], { fromYear: 2019, toYear: 2019, country: 'JP' }, '2019-05-01');
    expect(early.perYear.values).toEqual([[1, 0, 0, 0]]);
    expect(before.perYear.values).toEqual([[0, 0, 0, 1]]);
    expect(before.received).toEqual([[0]]);
  });

  it('never counts an associate member as owing, whatever the range', () => {
    const associate = { id: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc', country: 'VN', kind: 'associate' as const, admittedYear: 2017, deleted: 0 as const };
    const result = duesCharts([associate], [], [], { fromYear: 2018, toYear: 2022 }, '2022-06-01');
    expect(result.unpaid).toEqual([]);
    expect(result.perYear.values.every((row) => row.every((count) => count === 0))).toBe(true);
  });

  it('finds no member of the 2018 sample owing anything: collection is postponed from 2018 until a later decision', () => {
    const sample = sampleRecords();
    const today = '2026-06-01';
    const full = sample.members.filter((member) => member.kind === 'member').length;
    const result = duesCharts(sample.members, sample.dues, sample.duesPostponements, { fromYear: 2018, toYear: 2026 }, today);
    expect(full).toBe(78);
    // Akita joined at the 2018 assembly and owes from 2019: nothing of 2018 to postpone.
    expect(sample.members.filter((member) => member.admittedYear === 2018).map((member) => member.names.en)).toEqual(['Akita Prefecture']);
    expect(result.perYear.values[0]).toEqual([0, 0, full - 1, 0]);
    expect(result.perYear.values.slice(1)).toEqual(Array.from({ length: 8 }, () => [0, 0, full, 0]));
    expect(result.unpaid).toEqual([]);
  });

  it('owes again the years after a later decision ends the postponement', () => {
    const sample = sampleRecords();
    const ended = sample.duesPostponements.map((decision) => ({ ...decision, untilFiscalYear: 2019 }));
    const result = duesCharts(sample.members, sample.dues, ended, { fromYear: 2018, toYear: 2021 }, '2021-06-01');
    expect(result.perYear.values.map((row) => row[3])).toEqual([0, 0, 78, 78]);
    expect(result.unpaid.every((member) => member.standing === 'losesVote' && member.unpaidYears.join() === '2020,2021')).toBe(true);
    expect(result.unpaid.find((member) => member.country === 'VN')).toBeUndefined();
  });
});
