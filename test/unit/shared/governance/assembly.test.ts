import { describe, expect, it } from 'vitest';
import type { AgendaDecision, RollCall } from '../../../../shared/domain/activity';
import { duesEntryId } from '../../../../shared/domain/dues';
import { itemAdopted, itemResult, meetingElectorate, rightsOn, summariseRollCall, votesExceedAttending } from '../../../../shared/governance/assembly';
import { decidingBody, type DecidingBody } from '../../../../shared/governance/decisions';
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
  const electorate = { rights };
  const executive: DecidingBody = { kind: 'executiveCommittee', assemblyYear: false };

  it('counts only members with voting rights, and lists named attendees without them', () => {
    const summary = summariseRollCall(call(['a', 'x'], ['b']), electorate);
    expect(summary).toMatchObject({ eligible: 4, present: 1, written: 1, attending: 2, attendingWithoutVote: ['x'] });
    // Exactly half of four is not a quorum.
    expect(summary.quorum).toMatchObject({ needed: 3, met: false });
  });

  it('counts the members who may elect and be elected apart from those who vote: the associate has neither, a member two years unpaid loses both', () => {
    const ledger = [paid('b', 2019), paid('c', 2018)];
    const unpaid = rightsOn([member('a', 1996), member('b', 1996), member('c', 1996), member('x', 2017, 'associate')], ledger, [], '2019-05-01');
    // a owes 2018 and 2019; b paid 2019, so has its rights again (Dues Regulation Art. 6); c owes one year.
    expect(summariseRollCall(undefined, { rights: unpaid })).toMatchObject({ eligible: 2, electing: 2, members: 3 });
    expect(summariseRollCall(undefined, electorate)).toMatchObject({ eligible: 4, electing: 4, members: 4 });
  });

  it('fails every item without a quorum, whatever the votes', () => {
    const summary = summariseRollCall(call(['a', 'b']), electorate);
    const result = itemResult({ item: 0, article: 9, inFavour: 2, against: 0, abstaining: 0 }, summary);
    expect(result).toMatchObject({ kind: 'decided', rule: 'majority', passed: false });
  });

  it('passes a two-thirds item at exactly two thirds of those attending and fails it one short', () => {
    const summary = summariseRollCall(call(['a', 'b'], ['c']), electorate);
    expect(itemResult({ item: 0, article: 1, inFavour: 2 }, summary)).toMatchObject({ rule: 'twoThirds', vote: { needed: 2 }, passed: true });
    expect(itemResult({ item: 0, article: 1, inFavour: 1 }, summary)).toMatchObject({ passed: false });
  });

  it('reports an item without a class or without votes as undecided', () => {
    const summary = summariseRollCall(call(['a', 'b', 'c']), electorate);
    expect(itemResult(undefined, summary)).toEqual({ kind: 'unclassified' });
    expect(itemResult({ item: 0, article: 6 }, summary)).toMatchObject({ kind: 'noVotes', rule: 'majority', basis: 'charter9' });
  });

  it('takes a result recorded without a tally as the record states it, and makes up no count', () => {
    const summary = summariseRollCall(call(['a', 'b', 'c']), electorate);
    const adopted = itemResult({ item: 0, article: 1, recordedResult: 'adopted' }, summary);
    expect(adopted).toEqual({ kind: 'recorded', outcome: 'adopted', rule: 'twoThirds', basis: 'charter9', quorum: summary.quorum });
    expect(itemAdopted(adopted)).toBe(true);
    const rejected = itemResult({ item: 0, article: 9, recordedResult: 'rejected' }, summary);
    expect(rejected).toMatchObject({ kind: 'recorded', outcome: 'rejected' });
    expect(itemAdopted(rejected)).toBe(false);
    expect('vote' in adopted || 'vote' in rejected).toBe(false);
  });

  it('decides a coordinator replacement at the executive committee by Committee Regulation Art. 5-7 and 5-8', () => {
    const summary = summariseRollCall(call(['a', 'b', 'c']), electorate);
    const replacement: AgendaDecision = { item: 0, replacesCoordinatorOf: '7b0c1a34-2d5e-4f60-8a7b-9c0d1e2f3a4b', willingMemberIds: ['d'], inFavour: 2 };
    expect(itemResult(replacement, summary, executive)).toMatchObject({
      rule: 'coordinatorReplacement',
      basis: 'committee5-8',
      condition: { willing: 1, met: true },
      quorum: { met: true },
      vote: { needed: 2 },
      passed: true,
    });
    expect(itemResult({ ...replacement, inFavour: 1 }, summary, executive)).toMatchObject({ passed: false });
  });

  it('cannot replace a coordinator when no other member is willing to take the committee, however the vote went', () => {
    const summary = summariseRollCall(call(['a', 'b', 'c']), electorate);
    const unanimous: AgendaDecision = { item: 0, replacesCoordinatorOf: '7b0c1a34-2d5e-4f60-8a7b-9c0d1e2f3a4b', inFavour: 3 };
    expect(itemResult(unanimous, summary, executive)).toMatchObject({ condition: { willing: 0, met: false }, vote: { passed: true }, passed: false });
    const recorded = itemResult({ item: 0, replacesCoordinatorOf: unanimous.replacesCoordinatorOf, recordedResult: 'adopted' }, summary, executive);
    expect(recorded).toMatchObject({ kind: 'recorded', condition: { met: false } });
  });

  it('leaves coordinator replacements to the executive committee, not the General Assembly', () => {
    const summary = summariseRollCall(call(['a', 'b', 'c']), electorate);
    const replacement: AgendaDecision = { item: 0, replacesCoordinatorOf: '7b0c1a34-2d5e-4f60-8a7b-9c0d1e2f3a4b', willingMemberIds: ['d'], inFavour: 3 };
    expect(itemResult(replacement, summary)).toEqual({ kind: 'notCompetent', reason: 'executiveOnly' });
  });

  it('flags more votes than members attending', () => {
    expect(votesExceedAttending({ item: 0, inFavour: 2, against: 1, abstaining: 1 }, 3)).toBe(true);
    expect(votesExceedAttending({ item: 0, inFavour: 2, against: 1 }, 3)).toBe(false);
  });
});

describe('membership on the date of a meeting', () => {
  const admitting = { id: 'ga', startDate: '2018-10-28' };

  it('leaves a member admitted by the meeting out of its electorate, and says so', () => {
    const members = [member('a', 1996), member('b', 1996), { ...member('new', 2018), admittedOn: '2018-10-28', admissionMeetingId: 'ga' }];
    const electorate = meetingElectorate(members, [], [], admitting);
    expect(electorate.rights.has('new')).toBe(false);
    expect(electorate.admittedHere).toEqual(['new']);
    const summary = summariseRollCall(call(['a', 'b']), electorate);
    expect(summary).toMatchObject({ eligible: 2, members: 2, admittedHere: ['new'] });
    // The same member counts at the next meeting.
    expect(meetingElectorate(members, [], [], { id: 'next', startDate: '2018-11-15' }).rights.has('new')).toBe(true);
  });

  it('counts a member from the day it was admitted and until the day it withdrew', () => {
    const members = [{ ...member('a'), admittedOn: '2018-06-15', withdrawnOn: '2020-03-01' }];
    expect(rightsOn(members, [], [], '2018-06-14').has('a')).toBe(false);
    expect(rightsOn(members, [], [], '2018-06-15').has('a')).toBe(true);
    expect(rightsOn(members, [], [], '2020-02-29').has('a')).toBe(true);
    expect(rightsOn(members, [], [], '2020-03-01').has('a')).toBe(false);
  });

  it('gives a member admitted in a month or a year known only the benefit of the doubt, and one that left in a year known only its whole year', () => {
    const members = [
      { ...member('month'), admittedOn: '2018-10' },
      { ...member('left'), admittedYear: 1996, withdrawnOn: '2019' },
    ];
    expect(rightsOn(members, [], [], '2018-10-01').has('month')).toBe(true);
    expect(rightsOn(members, [], [], '2018-09-30').has('month')).toBe(false);
    expect(rightsOn(members, [], [], '2019-12-31').has('left')).toBe(true);
    expect(rightsOn(members, [], [], '2020-01-01').has('left')).toBe(false);
  });

  it('makes a new member owe dues from the year after its admission date, and none for years after it withdrew', () => {
    const members = [{ ...member('new'), admittedOn: '2019-10-29' }, { ...member('left', 1996), withdrawnOn: '2021-02-01' }];
    const rights = rightsOn(members, [], [], '2021-01-15');
    // 2020 is owed (deadline passed) and 2019, its admission year, is not.
    expect(rights.get('new')).toMatchObject({ votes: true, unpaidYears: [2020] });
    // The member that left before the 2021 deadline owes 2018–2020 only.
    expect(rightsOn(members, [], [], '2021-01-31').get('left')).toMatchObject({ votes: false, unpaidYears: [2018, 2019, 2020] });
  });
});

describe('the executive committee in a year without a General Assembly (Charter Art. 9-2)', () => {
  const members = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id, 1996));
  const assembly2016 = { kind: 'generalAssembly', startDate: '2016-09-27' };
  const executive2017 = { id: 'ec', kind: 'executiveCommittee', startDate: '2017-09-26' };
  const electorate = meetingElectorate(members, [], [{ fiscalYears: [2018], deleted: 0 }], executive2017);
  const summary = summariseRollCall(call(['a', 'b', 'c']), electorate);
  const body = decidingBody(executive2017, [assembly2016, executive2017]);

  it('counts every member with a vote as the committee\'s electorate, with more than half as its quorum', () => {
    expect(body).toEqual({ kind: 'executiveCommittee', assemblyYear: false });
    expect(summary.quorum).toEqual({ eligible: 5, attending: 3, needed: 3, met: true });
  });

  it('admits a member (Art. 8 item 1) by two thirds of those attending, under Art. 9-2', () => {
    expect(itemResult({ item: 0, article: 1, inFavour: 2 }, summary, body)).toMatchObject({ kind: 'decided', basis: 'charter9-2', rule: 'twoThirds', vote: { needed: 2 }, passed: true });
    expect(itemResult({ item: 0, article: 7, inFavour: 1 }, summary, body)).toMatchObject({ basis: 'charter9-2', rule: 'majority', passed: false });
  });

  it('cannot decide what Art. 9-2 does not delegate, nor anything of Art. 8 in a year the Assembly meets', () => {
    expect(itemResult({ item: 0, article: 2, inFavour: 3 }, summary, body)).toEqual({ kind: 'notCompetent', reason: 'notDelegated' });
    const assemblyYear = decidingBody({ kind: 'executiveCommittee', startDate: '2018-03-01' }, [{ kind: 'generalAssembly', startDate: '2018-10-28' }]);
    expect(itemResult({ item: 0, article: 1, inFavour: 3 }, summary, assemblyYear)).toEqual({ kind: 'notCompetent', reason: 'assemblyYear' });
  });
});

describe('the 12th General Assembly (2018) from the sample', () => {
  const registry = sampleData();
  const assembly = sampleActivity().meetings.find((meeting) => meeting.fields.kind === 'generalAssembly')!;
  const ledger = sampleDues();
  const electorate = meetingElectorate(registry.members.map(live), ledger.dues.map(live), ledger.duesPostponements.map(live), { id: assembly.id, ...assembly.fields });
  const summary = summariseRollCall(assembly.fields.rollCall, electorate);
  const akita = registry.members.find((entry) => entry.fields.names.en === 'Akita Prefecture')!;

  it('counts 77 members with a vote: Akita, admitted at this assembly, joins from the decision on (78 after it)', () => {
    expect(akita.fields).toMatchObject({ admittedOn: '2018-10-29', admissionMeetingId: assembly.id });
    expect(summary.eligible).toBe(77);
    expect(summary.electing).toBe(77);
    expect(electorate.admittedHere).toEqual([akita.id]);
    expect(summary.members + summary.admittedHere.length).toBe(78);
    expect([...electorate.rights.values()].filter((right) => right.reason === 'associate')).toHaveLength(1);
  });

  it('counts 29 present and 21 written resolutions: 50 votes, a quorum of 39 met', () => {
    expect(summary).toMatchObject({ present: 29, written: 21, attending: 50, attendingWithoutVote: [] });
    expect(summary.quorum).toEqual({ eligible: 77, attending: 50, needed: 39, met: true });
  });

  it('adopts all eight agenda items with the tally not recorded, four of them two-thirds items', () => {
    const results = assembly.fields.agendaItems.map((_, item) =>
      itemResult(assembly.fields.decisions?.find((decision) => decision.item === item), summary),
    );
    expect(results).toHaveLength(8);
    expect(results.every((result) => result.kind === 'recorded' && result.outcome === 'adopted')).toBe(true);
    expect(results.filter((result) => result.kind === 'recorded' && result.rule === 'twoThirds')).toHaveLength(4);
    expect(assembly.fields.decisions?.some((decision) => decision.inFavour !== undefined || decision.against !== undefined || decision.abstaining !== undefined)).toBe(false);
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
