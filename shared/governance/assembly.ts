import type { AgendaDecision, RecordedResult, RollCall } from '../domain/activity';
import { FIRST_DUES_YEAR, postponementCovers, type DuesRecord, type DuesPostponementRecord } from '../domain/dues';
import { admissionYear, isMemberOn, memberUntil, type MemberRecord } from '../domain/member';
import { periodStart } from '../domain/partial-date';
import {
  competence,
  coordinatorReplacement,
  decide,
  quorum,
  replacementCondition,
  ruleFor,
  type Competence,
  type Decision,
  type DecidingBody,
  type Quorum,
  type ReplacementCondition,
} from './decisions';
import { rightsApart, votingRights, type DuesFacts, type PostponedYears, type VotingRights } from './voting-rights';

/**
 * The General Assembly and executive committee tools read from the records: who has voting rights
 * on a date (from the dues ledger), the roll call against them, and each agenda item's result.
 */

type MemberFacts = Pick<MemberRecord, 'id' | 'kind' | 'admittedYear' | 'admittedOn' | 'withdrawnOn' | 'admissionMeetingId' | 'deleted'>;
type LedgerEntry = Pick<DuesRecord, 'memberId' | 'fiscalYear' | 'status' | 'receivedOn' | 'deleted'>;
type Postponement = Pick<DuesPostponementRecord, 'fiscalYears' | 'fromFiscalYear' | 'untilFiscalYear' | 'deleted'>;

/**
 * Fiscal years whose collection was postponed, by any decision on record: the years it lists, and
 * every year from an open-ended decision's first until the later decision that ended it.
 */
export function postponedYears(postponements: readonly Postponement[]): PostponedYears {
  const live = postponements.filter((decision) => !decision.deleted);
  return { has: (year) => live.some((decision) => postponementCovers(decision, year)) };
}

/** Whether an entry settles its year on `asOf`: a payment only from the day it was received. */
export function settledOn(entry: Pick<DuesRecord, 'status' | 'receivedOn'>, asOf: string): boolean {
  return entry.status === 'waived' || entry.receivedOn === undefined || entry.receivedOn <= asOf;
}

/**
 * Per member id, the fiscal years the ledger shows as settled on `asOf` (ISO date): waived, or
 * paid with the money received by then. A waiver carries no date, so it counts on every date.
 */
export function settledYearsByMember(ledger: readonly LedgerEntry[], asOf: string): Map<string, Set<number>> {
  const settled = new Map<string, Set<number>>();
  for (const entry of ledger) {
    if (entry.deleted || !settledOn(entry, asOf)) continue;
    const years = settled.get(entry.memberId) ?? new Set<number>();
    years.add(entry.fiscalYear);
    settled.set(entry.memberId, years);
  }
  return settled;
}

/**
 * The dues facts of one member. A member admitted before the regulation's first dues year (or
 * whose admission year is not recorded) owes from that first year, as if admitted the year before.
 */
export function duesFacts(member: Omit<MemberFacts, 'id' | 'deleted'>, settled: ReadonlySet<number> | undefined, postponed: PostponedYears): DuesFacts {
  const leftOn = memberUntil(member);
  return {
    kind: member.kind,
    admittedYear: Math.max(admissionYear(member) ?? 0, FIRST_DUES_YEAR - 1),
    ...(leftOn !== undefined ? { leftOn } : {}),
    settledYears: settled ?? new Set(),
    postponedYears: postponed,
  };
}

/**
 * Every member's voting rights on `asOf` (ISO day). A member not a member that day (admitted
 * later, or withdrawn) or deleted is left out; an associate member is listed without a vote.
 */
export function rightsOn(
  members: readonly MemberFacts[],
  ledger: readonly LedgerEntry[],
  postponements: readonly Postponement[],
  asOf: string,
): Map<string, VotingRights> {
  const postponed = postponedYears(postponements);
  const settled = settledYearsByMember(ledger, asOf);
  const rights = new Map<string, VotingRights>();
  for (const member of members) {
    if (member.deleted || !isMemberOn(member, asOf)) continue;
    rights.set(member.id, votingRights(duesFacts(member, settled.get(member.id), postponed), asOf));
  }
  return rights;
}

/** Who a meeting's votes are counted against: the rights on its first day, less the members it admits. */
export type Electorate = {
  /** The day counted (the meeting's first day, or the start of its month or year where only that is known). */
  day: string;
  rights: Map<string, VotingRights>;
  /** Full members admitted at this meeting: members from its decision on, so not in its electorate. */
  admittedHere: string[];
};

/**
 * The electorate of a General Assembly or executive committee meeting: the members of its first day
 * with their voting rights, leaving out those the meeting itself admits (Charter Art. 8-1: a member
 * joins by the Assembly's decision, so it cannot vote on its own admission).
 */
export function meetingElectorate(
  members: readonly MemberFacts[],
  ledger: readonly LedgerEntry[],
  postponements: readonly Postponement[],
  meeting: { id: string; startDate: string },
): Electorate {
  const day = periodStart(meeting.startDate);
  const admitted = members.filter((member) => !member.deleted && member.admissionMeetingId === meeting.id);
  const rights = rightsOn(members, ledger, postponements, day);
  for (const member of admitted) rights.delete(member.id);
  return { day, rights, admittedHere: admitted.filter((member) => member.kind === 'member').map((member) => member.id) };
}

export type RollCallSummary = {
  /** Members with voting rights on the meeting's date. */
  eligible: number;
  /** Members with the right to elect and be elected to the offices of Charter Art. 7 on that date. */
  electing: number;
  present: number;
  written: number;
  /** Present plus written resolutions: those who take part in the vote. */
  attending: number;
  quorum: Quorum;
  /** Named members who took part without voting rights (unpaid dues, associate, not a member then). */
  attendingWithoutVote: string[];
  /** Full members on the date, with a vote or without. */
  members: number;
  /** Members the meeting admits, not counted in it: `members + admittedHere.length` after it. */
  admittedHere: string[];
};

/**
 * The roll call counted against the voting rights of its date. Only members with voting rights
 * count towards quorum; named attendees without them are listed so the secretariat can see why.
 */
export function summariseRollCall(rollCall: RollCall | undefined, electorate: Pick<Electorate, 'rights'> & Partial<Electorate>): RollCallSummary {
  const { rights, admittedHere = [] } = electorate;
  const call = rollCall ?? { present: [], written: [], unnamedPresent: 0, unnamedWritten: 0 };
  const votes = (id: string) => rights.get(id)?.votes === true;
  const eligible = [...rights.values()].filter((right) => right.votes).length;
  const present = call.present.filter(votes).length + call.unnamedPresent;
  const written = call.written.filter(votes).length + call.unnamedWritten;
  return {
    eligible,
    electing: [...rights.values()].filter((right) => rightsApart(right).election.holds).length,
    present,
    written,
    attending: present + written,
    quorum: quorum(eligible, present + written),
    attendingWithoutVote: [...call.present, ...call.written].filter((id) => !votes(id)),
    members: [...rights.values()].filter((right) => right.reason !== 'associate').length,
    admittedHere,
  };
}

/** How an item is ruled: its rule, the article the body decides it under, the quorum, and for a replacement its condition. */
type Ruled = {
  rule: Decision['rule'] | 'coordinatorReplacement';
  basis: Extract<Competence, { competent: true }>['basis'];
  quorum: Quorum;
  condition?: ReplacementCondition;
};

export type ItemResult =
  | { kind: 'unclassified' }
  /** The body may not decide the item (Charter Art. 9-2, Committee Regulation Art. 5-7). */
  | { kind: 'notCompetent'; reason: Extract<Competence, { competent: false }>['reason'] }
  | ({ kind: 'noVotes' } & Ruled)
  /** The record states the result without a tally: the rule's arithmetic cannot be checked. */
  | ({ kind: 'recorded'; outcome: RecordedResult } & Ruled)
  | ({ kind: 'decided'; vote: Decision; passed: boolean } & Ruled);

const GENERAL_ASSEMBLY: DecidingBody = { kind: 'generalAssembly' };

/**
 * An agenda item's result: whether the body may decide it, quorum of the roll call, then its rule
 * applied to the votes of those attending (Charter Art. 9: two thirds of those present for Art. 8
 * items 1–5, a majority for 6–11; Committee Regulation Art. 5-7 and 5-8 for a coordinator
 * replacement). Where the record states the result without a tally, the result is the record's and
 * the arithmetic is not made up.
 */
export function itemResult(decision: AgendaDecision | undefined, summary: RollCallSummary, body: DecidingBody = GENERAL_ASSEMBLY): ItemResult {
  if (!decision || (decision.article === undefined && decision.replacesCoordinatorOf === undefined)) return { kind: 'unclassified' };
  const replacement = decision.replacesCoordinatorOf !== undefined;
  const allowed = competence(body, { article: decision.article, replacement });
  if (!allowed.competent) return { kind: 'notCompetent', reason: allowed.reason };
  const ruled: Ruled = replacement
    ? { rule: 'coordinatorReplacement', basis: allowed.basis, quorum: summary.quorum, condition: replacementCondition(decision.willingMemberIds?.length ?? 0) }
    : { rule: ruleFor(decision.article!), basis: allowed.basis, quorum: summary.quorum };
  if (decision.recordedResult !== undefined) return { kind: 'recorded', outcome: decision.recordedResult, ...ruled };
  if (decision.inFavour === undefined) return { kind: 'noVotes', ...ruled };
  const inFavour = Math.min(decision.inFavour, summary.attending);
  if (ruled.rule === 'coordinatorReplacement') {
    const result = coordinatorReplacement(summary.eligible, summary.attending, inFavour, ruled.condition!.willing);
    return { kind: 'decided', ...ruled, vote: result.vote, passed: result.passed };
  }
  const vote = decide(ruled.rule, summary.attending, inFavour);
  return { kind: 'decided', ...ruled, vote, passed: summary.quorum.met && vote.passed };
}

/** Whether an item was adopted: passed by its votes, or adopted as the record states it. */
export function itemAdopted(result: ItemResult): boolean {
  return (result.kind === 'decided' && result.passed) || (result.kind === 'recorded' && result.outcome === 'adopted');
}

/** Votes recorded that cannot be: more in favour, against and abstaining together than attending. */
export function votesExceedAttending(decision: AgendaDecision, attending: number): boolean {
  return (decision.inFavour ?? 0) + (decision.against ?? 0) + (decision.abstaining ?? 0) > attending;
}
