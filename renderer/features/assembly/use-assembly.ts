import { useLiveQuery } from 'dexie-react-hooks';
import type { MeetingRecord } from '../../../shared/domain/activity';
import type { CommitteeRecord } from '../../../shared/domain/committee';
import { rightsOn } from '../../../shared/governance/assembly';
import type { VotingRights } from '../../../shared/governance/voting-rights';
import type { MemberRecord } from '../../../shared/domain/member';
import { useDatabase } from '../../db/database-context';
import { periodStart } from '../../../shared/domain/partial-date';

/** Meetings whose votes the Charter governs: the General Assembly and the executive committee. */
export const VOTING_MEETINGS: ReadonlySet<MeetingRecord['kind']> = new Set(['generalAssembly', 'executiveCommittee']);

export type Assembly = {
  meeting: MeetingRecord;
  members: MemberRecord[];
  committees: CommitteeRecord[];
  /** Voting rights on the meeting's first day, from the dues ledger. */
  rights: Map<string, VotingRights>;
};

/** A General Assembly or executive committee with everything its roll call is judged by; null if not found. */
export function useAssembly(id: string): Assembly | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting || meeting.deleted || !VOTING_MEETINGS.has(meeting.kind)) return null;
    const [members, committees, dues, postponements] = await Promise.all([
      db.members.where('deleted').equals(0).toArray(),
      db.committees.where('deleted').equals(0).toArray(),
      db.dues.where('deleted').equals(0).toArray(),
      db.duesPostponements.where('deleted').equals(0).toArray(),
    ]);
    return { meeting, members, committees, rights: rightsOn(members, dues, postponements, periodStart(meeting.startDate)) };
  }, [db, id]);
}
