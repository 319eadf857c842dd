import { describe, expect, it } from 'vitest';
import type { AgendaDecision, RollCall } from '../../../../shared/domain/activity';
import { duesEntryId } from '../../../../shared/domain/dues';
import { itemResult, rightsOn, summariseRollCall, votesExceedAttending } from '../../../../shared/governance/assembly';
import { sampleData } from '../../../../shared/sample';
import { sampleActivity } from '../../../../shared/sample/activity';
import { sampleDues } from '../../../../shared/sample/dues-2018';

const live = <F>(entry: { id: string; fields: F }) => ({ id: entry.id, ...entry.fields, deleted: 0 as const });
const member = (id: string, admittedYear?: number, kind: 'member' | 'associate' = 'member') => ({ id, kind, admittedYear, deleted: 0 as const });
const paid = (memberId: string, fiscalYear: number) => ({ memberId, fiscalYear, status: 'paid' as const, deleted: 0 as const });
const call = (present: string[], written: string[] = [], unnamedPresent = 0, unnamedWritten = 0): RollCall => ({ present, written, unnamedPresent, unnamedWritten });

describe('voting rights read from the ledger', () => {
  it('owes nothing before fiscal year 2018, however early the member joined', () => {
    const rights = rightsOn([member('a', 1996)], [], [], '2019-04-30');
    expect(rights.get('a')).toEqual({ votes: true, reason: 'inGoodStanding', unpaidYears: [2018] });
  });

  it('loses the vote at two unpaid years, counts a waiver as settled, and respects a postponement', () => {
    const members = [member('a', 1996), member('b', 1996), member('c', 1996)];
    const ledger = [paid('b', 2019), { ...paid('c', 2019), status: 'waived' as const }];
    const rights = rightsOn(members, ledger, [], '2019-05-01');
    expect(rights.get('a')).toMatchObject({ votes: false, unpaidYears: [2018, 2019] });
    // 2018 stays unpaid on the ledger, and the reason lists it.
    expect(rights.get('b')).toMatchObject({ votes: true, unpaidYears: [2018] });
    expect(rights.get('c')).toMatchObject({ votes: true, unpaidYears: [2018] });
    const postponed = rightsOn(members, ledger, [{ fiscalYears: [2018], deleted: 0 }], '2019-05-01');
    expect(postponed.get('a')).toMatchObject({ votes: true, unpaidYears: [2019] });
  });

  it('counts a payment only from the day it was received, so a ledger viewed as of an earlier date does not see it', () => {
    const members = [member('a', 1996)];
    const ledger = [
      { ...paid('a', 2018), receivedOn: '2026-03-02' },
      { ...paid('a', 2019), receivedOn: '2026-03-02' },
    ];
    expect(rightsOn(members, ledger, [], '2020-06-01').get('a')).toEqual({ votes: false, reason: 'unpaid', unpaidYears: [2018, 2019, 2020] });
    expect(rightsOn(members, ledger, [], '2026-03-01').get('a')).toMatchObject({ votes: false });
    expect(rightsOn(members, ledger, [], '2026-03-02').get('a')).toMatchObject({ votes: false, unpaidYears: [2020, 2021, 2022, 2023, 2024, 2025] });
    const waived = [{ memberId: 'a', fiscalYear: 2019, status: 'waived' as const, deleted: 0 as const }];
    // A waiver carries no date: it counts on every date.
    expect(rightsOn(members, waived, [], '2019-05-01').get('a')).toMatchObject({ votes: true, reason: 'inGoodStanding', unpaidYears: [2018] });
  });

  it('ignores deleted ledger entries and deleted postponements', () => {
    const rights = rightsOn([member('a', 1996)], [{ ...paid('a', 2018), deleted: 1 }], [{ fiscalYears: [2019], deleted: 1 }], '2019-05-01');
    expect(rights.get('a')).toMatchObject({ votes: false, unpaidYears: [2018, 2019] });
  });

  it('leaves out members admitted after the date and lists associates without a vote', () => {
    const rights = rightsOn([member('new', 2021), member('hcmc', 2017, 'associate')], [], [], '2020-06-01');
    expect(rights.has('new')).toBe(false);
    expect(rights.get('hcmc')).toEqual({ votes: false, reason: 'associate' });
  });

  it('gives each member one ledger id per fiscal year, a valid UUID that differs by year', () => {
    const id = 'c2a7d9f0-1b2c-4d3e-8f40-5a6b7c8d9e0f';
    expect(duesEntryId(id, 2019)).toBe('c2a7d9f0-1b2c-87e3-8f40-5a6b7c8d9e0f');
    expect(duesEntryId(id, 2020)).not.toBe(duesEntryId(id, 2019));
  });
});

describe('roll call and agenda items', () => {
  const rights = rightsOn([member('a', 1996), member('b', 1996), member('c', 1996), member('d', 1996), member('x', 2017, 'associate')], [], [], '2018-10-01');

  it('counts only members with voting rights, and lists named attendees without them', () => {
    const summary = summariseRollCall(call(['a', 'x'], ['b']), rights);
    expect(summary).toMatchObject({ eligible: 4, present: 1, written: 1, attending: 2, attendingWithoutVote: ['x'] });
    // Exactly half of four is not a quorum.
    expect(summary.quorum).toMatchObject({ needed: 3, met: false });
  });

  it('fails every item without a quorum, whatever the votes', () => {
    const summary = summariseRollCall(call(['a', 'b']), rights);
    const result = itemResult({ item: 0, article: 9, inFavour: 2, against: 0, abstaining: 0 }, summary);
    expect(result).toMatchObject({ kind: 'decided', rule: 'majority', passed: false });
  });

  it('passes a two-thirds item at exactly two thirds of those attending and fails it one short', () => {
    const summary = summariseRollCall(call(['a', 'b'], ['c']), rights);
    expect(itemResult({ item: 0, article: 1, inFavour: 2 }, summary)).toMatchObject({ rule: 'twoThirds', vote: { needed: 2 }, passed: true });
    expect(itemResult({ item: 0, article: 1, inFavour: 1 }, summary)).toMatchObject({ passed: false });
  });

  it('reports an item without a class or without votes as undecided', () => {
    const summary = summariseRollCall(call(['a', 'b', 'c']), rights);
    expect(itemResult(undefined, summary)).toEqual({ kind: 'unclassified' });
    expect(itemResult({ item: 0, article: 6 }, summary)).toEqual({ kind: 'noVotes', rule: 'majority' });
  });

  it('decides a coordinator replacement by Committee Regulation Art. 5-8', () => {
    const summary = summariseRollCall(call(['a', 'b', 'c']), rights);
    const replacement: AgendaDecision = { item: 0, replacesCoordinatorOf: '7b0c1a34-2d5e-4f60-8a7b-9c0d1e2f3a4b', inFavour: 2 };
    expect(itemResult(replacement, summary)).toMatchObject({ rule: 'coordinatorReplacement', quorum: { met: true }, vote: { needed: 2 }, passed: true });
    expect(itemResult({ ...replacement, inFavour: 1 }, summary)).toMatchObject({ passed: false });
  });

  it('flags more votes than members attending', () => {
    expect(votesExceedAttending({ item: 0, inFavour: 2, against: 1, abstaining: 1 }, 3)).toBe(true);
    expect(votesExceedAttending({ item: 0, inFavour: 2, against: 1 }, 3)).toBe(false);
  });
});

describe('the 12th General Assembly (2018) from the sample', () => {
  const registry = sampleData();
  const assembly = sampleActivity().meetings.find((meeting) => meeting.fields.kind === 'generalAssembly')!;
  const ledger = sampleDues();
  const rights = rightsOn(registry.members.map(live), ledger.dues.map(live), ledger.duesPostponements.map(live), assembly.fields.startDate);
  const summary = summariseRollCall(assembly.fields.rollCall, rights);

  it('gives every full member its vote (fiscal 2018 postponed) and none to the associate member', () => {
    expect(summary.eligible).toBe(78);
    expect([...rights.values()].filter((right) => right.reason === 'associate')).toHaveLength(1);
  });

  it('counts 29 present and 21 written resolutions: 50 votes, a quorum of 40 met', () => {
    expect(summary).toMatchObject({ present: 29, written: 21, attending: 50, attendingWithoutVote: [] });
    expect(summary.quorum).toEqual({ eligible: 78, attending: 50, needed: 40, met: true });
  });

  it('passes all eight agenda items, four of them by two thirds', () => {
    const results = assembly.fields.agendaItems.map((_, item) =>
      itemResult(assembly.fields.decisions?.find((decision) => decision.item === item), summary),
    );
    expect(results).toHaveLength(8);
    expect(results.every((result) => result.kind === 'decided' && result.passed)).toBe(true);
    expect(results.filter((result) => result.kind === 'decided' && result.rule === 'twoThirds')).toHaveLength(4);
  });
});

describe('the postponement as the 2018 report states it', () => {
  const registry = sampleData();
  const ledger = sampleDues();
  const members = registry.members.map(live);

  it('defers collection from fiscal 2018 until a later decision, as the 11th executive committee decided and the 12th assembly confirmed', () => {
    const [decision] = ledger.duesPostponements;
    expect(ledger.duesPostponements).toHaveLength(1);
    expect(decision.fields).toMatchObject({ fromFiscalYear: 2018, decidedOn: '2017', confirmedOn: '2018-10-29' });
    expect(decision.fields.untilFiscalYear).toBeUndefined();
    expect(decision.fields.fiscalYears).toBeUndefined();
    const assembly = sampleActivity().meetings.find((meeting) => meeting.fields.kind === 'generalAssembly')!;
    expect(decision.fields.confirmedByMeetingId).toBe(assembly.id);
  });

  it('leaves every member its vote in 2026, with no fiscal year owed', () => {
    const rights = rightsOn(members, [], ledger.duesPostponements.map(live), '2026-12-07');
    const full = members.filter((member) => member.kind === 'member');
    expect(full).toHaveLength(78);
    for (const member of full) expect(rights.get(member.id)).toEqual({ votes: true, reason: 'inGoodStanding', unpaidYears: [] });
  });

  it('makes the years after the one a later decision names owed again', () => {
    const ended = ledger.duesPostponements.map((entry) => ({ ...live(entry), untilFiscalYear: 2019 }));
    const rights = rightsOn(members, [], ended, '2021-05-01');
    expect([...rights.values()].some((right) => right.votes)).toBe(false);
    const akita = members.find((member) => member.admittedYear === 2018)!;
    expect(rights.get(akita.id)).toEqual({ votes: false, reason: 'unpaid', unpaidYears: [2020, 2021] });
  });
});
