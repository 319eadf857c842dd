import { describe, expect, it } from 'vitest';
import { coordinatorReplacement, decide, quorum, ruleFor } from '../../../../shared/governance/decisions';

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

describe('replacing an inactive coordinator (Committee Regulation Art. 5-8)', () => {
  it('needs more than half of the voting members present and a majority of them in favour', () => {
    expect(coordinatorReplacement(20, 10, 10).passed).toBe(false);
    expect(coordinatorReplacement(20, 11, 6).passed).toBe(true);
    expect(coordinatorReplacement(20, 11, 5)).toMatchObject({ quorum: { met: true }, vote: { needed: 6, passed: false }, passed: false });
  });
});
