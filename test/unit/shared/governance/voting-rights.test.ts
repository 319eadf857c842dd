import { describe, expect, it } from 'vitest';
import { owedYears, owesFor, rightsApart, votingRights, type DuesFacts } from '../../../../shared/governance/voting-rights';

const member = (settled: number[], admittedYear = 2015, postponed: number[] = []): DuesFacts => ({
  kind: 'member',
  admittedYear,
  settledYears: new Set(settled),
  postponedYears: new Set(postponed),
});

describe('dues owed (Dues Regulation Art. 5)', () => {
  it('starts the year after admission and counts a year once its April deadline has passed', () => {
    expect(owedYears(member([], 2018), '2020-04-30')).toEqual([2019]);
    expect(owedYears(member([], 2018), '2020-05-01')).toEqual([2019, 2020]);
    expect(owedYears(member([], 2018), '2018-12-31')).toEqual([]);
  });

  it('skips the years whose collection the assembly postponed', () => {
    expect(owedYears(member([], 2010, [2011, 2012, 2013]), '2015-06-01')).toEqual([2014, 2015]);
  });
});

describe('voting rights (Dues Regulation Art. 6)', () => {
  it('keeps the vote with one fiscal year unpaid', () => {
    expect(votingRights(member([2016, 2017, 2018, 2019]), '2020-06-01')).toEqual({ votes: true, reason: 'inGoodStanding', unpaidYears: [2020] });
  });

  it('loses the vote at exactly two fiscal years unpaid', () => {
    expect(votingRights(member([2016, 2017, 2018]), '2020-06-01')).toEqual({ votes: false, reason: 'unpaid', unpaidYears: [2019, 2020] });
    // On 30 April the second year is not yet overdue.
    expect(votingRights(member([2016, 2017, 2018]), '2020-04-30').votes).toBe(true);
  });

  it('has the vote again from the year it pays again, and names the older arrears it still owes (Art. 6)', () => {
    const arrears = member([2016, 2021]);
    expect(votingRights(arrears, '2020-12-31')).toEqual({ votes: false, reason: 'unpaid', unpaidYears: [2017, 2018, 2019, 2020] });
    // Paying for 2021 restores the vote; 2017-2020 stay owed and the reason says both.
    expect(votingRights(arrears, '2021-06-01')).toEqual({ votes: true, reason: 'paidAgain', paidFor: 2021, unpaidYears: [2017, 2018, 2019, 2020] });
    // Two more years unpaid since then take it away again; every unpaid year is listed, as the ledger's row shows them.
    expect(votingRights(arrears, '2023-05-01')).toEqual({ votes: false, reason: 'unpaid', unpaidYears: [2017, 2018, 2019, 2020, 2022, 2023] });
  });

  it('keeps the vote with one year unpaid since paying again, and lists it with the arrears', () => {
    expect(votingRights(member([2016, 2021]), '2022-05-01')).toEqual({ votes: true, reason: 'paidAgain', paidFor: 2021, unpaidYears: [2017, 2018, 2019, 2020, 2022] });
  });

  it('owes an associate member nothing', () => {
    expect(owedYears({ ...member([], 2010), kind: 'associate' }, '2020-06-01')).toEqual([]);
  });

  it('never gives an associate member a vote, paid or not', () => {
    expect(votingRights({ ...member([2016, 2017, 2018, 2019, 2020]), kind: 'associate' }, '2020-06-01')).toEqual({ votes: false, reason: 'associate' });
  });

  it('does not count postponed years as unpaid', () => {
    expect(votingRights(member([], 2010, [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019]), '2020-06-01').votes).toBe(true);
  });
});

describe('dues of a member that withdrew', () => {
  it('owes the years whose deadline fell while it was a member, and none after', () => {
    const left = { ...member([], 2015), leftOn: '2020-05-01' };
    expect(owedYears(left, '2023-06-01')).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(owesFor({ ...left, leftOn: '2020-04-30' }, 2020)).toBe(false);
    expect(owesFor(left, 2021)).toBe(false);
  });
});

describe('the vote and the right to elect and be elected, apart (Charter Art. 5-2, 7, 9; Dues Regulation Art. 6)', () => {
  it('gives a member in good standing both, each on its own article', () => {
    expect(rightsApart(votingRights(member([2016, 2017, 2018, 2019, 2020]), '2020-06-01'))).toEqual({
      vote: { holds: true, basis: 'charter9' },
      election: { holds: true, basis: 'charter7' },
    });
  });

  it('gives an associate member neither', () => {
    expect(rightsApart(votingRights({ ...member([]), kind: 'associate' }, '2020-06-01'))).toEqual({
      vote: { holds: false, basis: 'associate' },
      election: { holds: false, basis: 'associate' },
    });
  });

  it('takes both from a member two years unpaid, and gives both back from the year it pays again', () => {
    const unpaid = member([2016, 2017, 2018]);
    expect(rightsApart(votingRights(unpaid, '2020-06-01'))).toEqual({ vote: { holds: false, basis: 'unpaid' }, election: { holds: false, basis: 'unpaid' } });
    const again = member([2016, 2021]);
    expect(rightsApart(votingRights(again, '2021-06-01'))).toEqual({ vote: { holds: true, basis: 'paidAgain' }, election: { holds: true, basis: 'paidAgain' } });
  });
});
