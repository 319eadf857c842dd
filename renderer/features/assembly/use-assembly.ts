import { useLiveQuery } from 'dexie-react-hooks';
import type { MeetingRecord } from '../../../shared/domain/activity';
import type { CommitteeRecord } from '../../../shared/domain/committee';
import { meetingElectorate, type Electorate } from '../../../shared/governance/assembly';
import { decidingBody, type DecidingBody } from '../../../shared/governance/decisions';
import type { MemberRecord } from '../../../shared/domain/member';
import { useDatabase } from '../../db/database-context';
import type { Formatters } from '../../i18n/use-format';

/** Meetings whose votes the Charter governs: the General Assembly and the executive committee. */
export const VOTING_MEETINGS: ReadonlySet<MeetingRecord['kind']> = new Set(['generalAssembly', 'executiveCommittee']);

export type Assembly = {
  meeting: MeetingRecord;
  members: MemberRecord[];
  committees: CommitteeRecord[];
  /** Voting rights on the meeting's first day, from the dues ledger, less the members the meeting admits. */
  electorate: Electorate;
  /** The Assembly, or the executive committee in a year with or without one (Charter Art. 9-2). */
  body: DecidingBody;
};

/** A General Assembly or executive committee with everything its roll call is judged by; null if not found. */
export function useAssembly(id: string): Assembly | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting || meeting.deleted || !VOTING_MEETINGS.has(meeting.kind)) return null;
    const [members, committees, dues, postponements, assemblies] = await Promise.all([
      db.members.where('deleted').equals(0).toArray(),
      db.committees.where('deleted').equals(0).toArray(),
      db.dues.where('deleted').equals(0).toArray(),
      db.duesPostponements.where('deleted').equals(0).toArray(),
      db.meetings.where('deleted').equals(0).filter((other) => other.kind === 'generalAssembly').toArray(),
    ]);
    return {
      meeting,
      members,
      committees,
      electorate: meetingElectorate(members, dues, postponements, meeting),
      body: decidingBody(meeting, assemblies),
    };
  }, [db, id]);
}

/** Members' names by id in the UI language (the id itself for one no longer on record). */
export function memberNames(members: readonly MemberRecord[], ids: readonly string[], format: Formatters): string[] {
  return ids.map((id) => format.name(members.find((member) => member.id === id)?.names ?? { en: id }));
}
