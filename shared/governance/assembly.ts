import type { AgendaDecision, RollCall } from '../domain/activity';
import { FIRST_DUES_YEAR, postponementCovers, type DuesRecord, type DuesPostponementRecord } from '../domain/dues';
import type { MemberRecord } from '../domain/member';
import { coordinatorReplacement, decide, quorum, ruleFor, type Decision, type Quorum } from './decisions';
import { votingRights, type DuesFacts, type PostponedYears, type VotingRights } from './voting-rights';

/**
 * The General Assembly and executive committee tools read from the records: who has voting rights
 * on a date (from the dues ledger), the roll call against them, and each agenda item's result.
 */

type MemberFacts = Pick<MemberRecord, 'id' | 'kind' | 'admittedYear' | 'deleted'>;
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
export function duesFacts(member: MemberFacts, settled: ReadonlySet<number> | undefined, postponed: PostponedYears): DuesFacts {
  return {
    kind: member.kind,
    admittedYear: Math.max(member.admittedYear ?? 0, FIRST_DUES_YEAR - 1),
    settledYears: settled ?? new Set(),
    postponedYears: postponed,
  };
}

/**
 * Every member's voting rights on `asOf`. A member not yet admitted that year, or deleted, is left
 * out; an associate member is listed without a vote.
 */
export function rightsOn(
  members: readonly MemberFacts[],
  ledger: readonly LedgerEntry[],
  postponements: readonly Postponement[],
  asOf: string,
): Map<string, VotingRights> {
  const postponed = postponedYears(postponements);
  const settled = settledYearsByMember(ledger, asOf);
  const year = Number(asOf.slice(0, 4));
  const rights = new Map<string, VotingRights>();
  for (const member of members) {
    if (member.deleted || (member.admittedYear !== undefined && member.admittedYear > year)) continue;
    rights.set(member.id, votingRights(duesFacts(member, settled.get(member.id), postponed), asOf));
  }
  return rights;
}

export type RollCallSummary = {
  /** Members with voting rights on the meeting's date. */
  eligible: number;
  present: number;
  written: number;
  /** Present plus written resolutions: those who take part in the vote. */
  attending: number;
  quorum: Quorum;
  /** Named members who took part without voting rights (unpaid dues, associate, not a member then). */
  attendingWithoutVote: string[];
};

/**
 * The roll call counted against the voting rights of its date. Only members with voting rights
 * count towards quorum; named attendees without them are listed so the secretariat can see why.
 */
export function summariseRollCall(rollCall: RollCall | undefined, rights: ReadonlyMap<string, VotingRights>): RollCallSummary {
  const call = rollCall ?? { present: [], written: [], unnamedPresent: 0, unnamedWritten: 0 };
  const votes = (id: string) => rights.get(id)?.votes === true;
  const eligible = [...rights.values()].filter((right) => right.votes).length;
  const present = call.present.filter(votes).length + call.unnamedPresent;
  const written = call.written.filter(votes).length + call.unnamedWritten;
  return {
    eligible,
    present,
    written,
    attending: present + written,
    quorum: quorum(eligible, present + written),
    attendingWithoutVote: [...call.present, ...call.written].filter((id) => !votes(id)),
  };
}

export type ItemResult =
  | { kind: 'unclassified' }
  | { kind: 'noVotes'; rule: Decision['rule'] | 'coordinatorReplacement' }
  | { kind: 'decided'; rule: Decision['rule']; quorum: Quorum; vote: Decision; passed: boolean }
  | { kind: 'decided'; rule: 'coordinatorReplacement'; quorum: Quorum; vote: Decision; passed: boolean };

/**
 * An agenda item's result: quorum of the roll call, then its rule applied to the votes of those
 * attending (Charter Art. 9: two thirds of those present for Art. 8 items 1–5, a majority for
 * 6–11; Committee Regulation Art. 5-8 for a coordinator replacement).
 */
export function itemResult(decision: AgendaDecision | undefined, summary: RollCallSummary): ItemResult {
  if (!decision || (decision.article === undefined && decision.replacesCoordinatorOf === undefined)) return { kind: 'unclassified' };
  const rule = decision.replacesCoordinatorOf !== undefined ? 'coordinatorReplacement' : ruleFor(decision.article!);
  if (decision.inFavour === undefined) return { kind: 'noVotes', rule };
  const inFavour = Math.min(decision.inFavour, summary.attending);
  if (rule === 'coordinatorReplacement') {
    const result = coordinatorReplacement(summary.eligible, summary.attending, inFavour);
    return { kind: 'decided', rule, quorum: result.quorum, vote: result.vote, passed: result.passed };
  }
  const vote = decide(rule, summary.attending, inFavour);
  return { kind: 'decided', rule, quorum: summary.quorum, vote, passed: summary.quorum.met && vote.passed };
}

/** Votes recorded that cannot be: more in favour, against and abstaining together than attending. */
export function votesExceedAttending(decision: AgendaDecision, attending: number): boolean {
  return (decision.inFavour ?? 0) + (decision.against ?? 0) + (decision.abstaining ?? 0) > attending;
}
