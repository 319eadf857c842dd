import type { CommitteeFields } from '../domain/committee';
import type { MemberFields } from '../domain/member';
import { sampleCommittees } from './committees-2018';
import { sampleMembers } from './members-2018';
import type { SampleCommittee, SampleMember } from './sample-types';

/** A sample record's fixed id and its fields in the registry's own shape. */
export type SampleEntry<F> = { id: string; fields: F };

function memberFields(member: SampleMember): MemberFields {
  return {
    names: member.names,
    country: member.country,
    kind: member.kind,
    ...(member.admittedYear !== undefined ? { admittedYear: member.admittedYear } : {}),
    ...(member.admittedOn !== undefined ? { admittedOn: member.admittedOn } : {}),
    ...(member.admissionMeetingId !== undefined ? { admissionMeetingId: member.admissionMeetingId } : {}),
    ...(member.founding !== undefined ? { founding: member.founding } : {}),
  };
}

function committeeFields(committee: SampleCommittee): CommitteeFields {
  return {
    names: committee.names,
    coordinatorIds: committee.coordinatorIds,
    foundedYear: committee.foundedYear,
    meetingsHeld: committee.meetingsHeld ?? 0,
    field: committee.field,
    regulationNumber: committee.regulationNumber,
    ...(committee.lastMeetingOn ? { lastMeetingOn: committee.lastMeetingOn } : {}),
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
    committees: sampleCommittees.map((committee) => ({ id: committee.id, fields: committeeFields(committee) })),
  };
}
