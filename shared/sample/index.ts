import type { CommitteeFields } from '../domain/committee';
import type { MemberFields } from '../domain/member';
import { sampleCommittees } from './committees-2018';
import { sampleMembers } from './members-2018';
import type { SampleCommittee, SampleMember } from './sample-types';

/** A sample record's fixed id and its fields in the registry's own shape. */
export type SampleEntry<F> = { id: string; fields: F };

/** The sample lists members in the report's order: a member's place among those of its country and kind. */
function listPosition(member: SampleMember): number {
  const peers = sampleMembers.filter((other) => other.country === member.country && other.kind === member.kind);
  return peers.indexOf(member) + 1;
}

function memberFields(member: SampleMember): MemberFields {
  return {
    listPosition: listPosition(member),
    names: member.names,
    country: member.country,
    kind: member.kind,
    ...(member.admittedYear !== undefined ? { admittedYear: member.admittedYear } : {}),
    ...(member.admittedOn !== undefined ? { admittedOn: member.admittedOn } : {}),
    ...(member.admissionMeetingId !== undefined ? { admissionMeetingId: member.admissionMeetingId } : {}),
    ...(member.founding !== undefined ? { founding: member.founding } : {}),
  };
}

function committeeFields(committee: SampleCommittee, index: number): CommitteeFields {
  return {
    // The sample lists the committees in the order of the report's table.
    listPosition: index + 1,
    names: committee.names,
    coordinatorIds: committee.coordinatorIds,
    foundedYear: committee.foundedYear,
    meetingsHeld: committee.meetingsHeld ?? 0,
    field: committee.field,
    regulationNumber: committee.regulationNumber,
    ...(committee.lastMeetingOn ? { lastMeetingOn: committee.lastMeetingOn } : {}),
    ...(committee.lastMeetingOrEarlier ? { lastMeetingOrEarlier: true } : {}),
    ...(committee.lastActivityOn ? { lastActivityOn: committee.lastActivityOn } : {}),
    ...(committee.activityNote ? { activityNote: committee.activityNote } : {}),
  };
}

/**
 * The NEAR sample data from the 2018 annual report. Ids are fixed in the files, so two laptops
 * that both load the sample hold the same records rather than duplicates of each other.
 */
export function sampleData(): {
  members: SampleEntry<MemberFields>[];
  committees: SampleEntry<CommitteeFields>[];
} {
  return {
    members: sampleMembers.map((member) => ({ id: member.id, fields: memberFields(member) })),
    committees: sampleCommittees.map((committee, index) => ({ id: committee.id, fields: committeeFields(committee, index) })),
  };
}
