import { describe, expect, it } from 'vitest';
import { competence, coordinatorReplacement, decide, decidingBody, DELEGATED_ITEMS, quorum, replacementCondition, ruleFor } from '../../../../shared/governance/decisions';

describe('General Assembly quorum (Charter Art. 9)', () => {
  it('needs more than half of the members with voting rights: exactly half is not enough', () => {
    expect(quorum(60, 30)).toEqual({ eligible: 60, attending: 30, needed: 31, met: false });
    expect(quorum(60, 31).met).toBe(true);
    expect(quorum(59, 30)).toMatchObject({ needed: 30, met: true });
  });

  it('counts the 2018 assembly: 29 present and 21 written resolutions make 50 attending', () => {
    expect(quorum(78, 29 + 21)).toMatchObject({ needed: 40, met: true });
  });
});

describe('agenda items (Charter Art. 8)', () => {
  it('classes items 1-5 as two-thirds decisions and 6-11 as majority decisions', () => {
    expect([1, 2, 3, 4, 5].map(ruleFor)).toEqual(Array(5).fill('twoThirds'));
    expect([6, 7, 8, 9, 10, 11].map(ruleFor)).toEqual(Array(6).fill('majority'));
    expect(() => ruleFor(12)).toThrow(RangeError);
  });

  it('passes a two-thirds item at exactly two thirds, and fails it one vote short', () => {
    expect(decide('twoThirds', 45, 30)).toEqual({ rule: 'twoThirds', cast: 45, inFavour: 30, needed: 30, passed: true });
    expect(decide('twoThirds', 45, 29).passed).toBe(false);
    expect(decide('twoThirds', 50, 34)).toMatchObject({ needed: 34, passed: true });
    expect(decide('twoThirds', 50, 33).passed).toBe(false);
  });

  it('needs more than half for a majority item: a tie fails', () => {
    expect(decide('majority', 50, 25)).toMatchObject({ needed: 26, passed: false });
    expect(decide('majority', 50, 26).passed).toBe(true);
    expect(decide('majority', 0, 0).passed).toBe(false);
    expect(() => decide('majority', 10, 11)).toThrow(RangeError);
  });
});

describe('replacing an inactive coordinator (Committee Regulation Art. 5-7 and 5-8)', () => {
  it('needs more than half of the voting members present and a majority of them in favour', () => {
    expect(coordinatorReplacement(20, 10, 10, 1).passed).toBe(false);
    expect(coordinatorReplacement(20, 11, 6, 1).passed).toBe(true);
    expect(coordinatorReplacement(20, 11, 5, 1)).toMatchObject({ quorum: { met: true }, vote: { needed: 6, passed: false }, passed: false });
  });

  it('needs another member willing to take the committee over', () => {
    expect(coordinatorReplacement(20, 20, 20, 0)).toMatchObject({ condition: { willing: 0, met: false }, quorum: { met: true }, vote: { passed: true }, passed: false });
    expect(replacementCondition(2)).toEqual({ willing: 2, met: true });
  });
});

describe('who decides what (Charter Art. 9, 9-2; Committee Regulation Art. 5-7)', () => {
  const noAssembly = { kind: 'executiveCommittee', assemblyYear: false } as const;
  const assemblyYear = { kind: 'executiveCommittee', assemblyYear: true } as const;

  it('lets the General Assembly decide every Art. 8 item, and the executive committee only items 1, 7 and 8 in a year without one', () => {
    for (const article of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) {
      expect(competence({ kind: 'generalAssembly' }, { article, replacement: false })).toEqual({ competent: true, basis: 'charter9' });
      const delegated = (DELEGATED_ITEMS as readonly number[]).includes(article);
      expect(competence(noAssembly, { article, replacement: false })).toEqual(delegated ? { competent: true, basis: 'charter9-2' } : { competent: false, reason: 'notDelegated' });
    }
    expect(DELEGATED_ITEMS).toEqual([1, 7, 8]);
    expect(competence(assemblyYear, { article: 1, replacement: false })).toEqual({ competent: false, reason: 'assemblyYear' });
  });

  it('leaves coordinator replacements to the executive committee in any year', () => {
    expect(competence(assemblyYear, { replacement: true })).toEqual({ competent: true, basis: 'committee5-8' });
    expect(competence({ kind: 'generalAssembly' }, { replacement: true })).toEqual({ competent: false, reason: 'executiveOnly' });
  });

  it('learns from the meetings on record whether an Assembly meets in the executive committee\'s year, ignoring deleted ones', () => {
    const executive = { kind: 'executiveCommittee', startDate: '2019-09-03' };
    expect(decidingBody(executive, [{ kind: 'generalAssembly', startDate: '2018-10-28' }])).toEqual(noAssembly);
    expect(decidingBody(executive, [{ kind: 'generalAssembly', startDate: '2019-05', deleted: 0 }])).toEqual(assemblyYear);
    expect(decidingBody(executive, [{ kind: 'generalAssembly', startDate: '2019-05-01', deleted: 1 }])).toEqual(noAssembly);
    expect(decidingBody({ kind: 'generalAssembly', startDate: '2018-10-28' }, [])).toEqual({ kind: 'generalAssembly' });
  });
});
