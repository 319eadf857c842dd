import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CommitteeRecord } from '../../shared/domain/committee';
import type { MemberRecord } from '../../shared/domain/member';
import { laterDate } from '../../shared/domain/partial-date';
import { useDatabase } from './database-context';
import { withLatestMeeting, type CommitteeActivityFacts } from '../../shared/governance/committee-activity';

/** Live list of members that are not deleted; re-runs whenever the table changes (edits, imports). */
export function useMembers(): MemberRecord[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => db.members.where('deleted').equals(0).toArray(), [db]);
}

/** One member by id; `null` when it does not exist or is deleted, `undefined` while loading. */
export function useMember(id: string | undefined): MemberRecord | null | undefined {
  return useLiveRecord(useDatabase().db.members, id);
}

/** Live list of committees that are not deleted (retired ones included). */
export function useCommittees(): CommitteeRecord[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => db.committees.where('deleted').equals(0).toArray(), [db]);
}

/** One committee by id; `null` when it does not exist or is deleted, `undefined` while loading. */
export function useCommittee(id: string | undefined): CommitteeRecord | null | undefined {
  return useLiveRecord(useDatabase().db.committees, id);
}

/** Whether to offer the sample data: only on a registry that has never held anything. */
export function useNeedsFirstRun(): boolean | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [choice, members, committees] = await Promise.all([
      db.meta.get('firstRun'),
      db.members.count(),
      db.committees.count(),
    ]);
    return !choice && members === 0 && committees === 0;
  }, [db]);
}

/** The latest meeting date on record per committee (from meeting records, as precise as they are), for the Art. 5-7 check. */
export function useLatestCommitteeMeetings(): Map<string, string> | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const latest = new Map<string, string>();
    await db.meetings
      .where('committeeId')
      .above('')
      .each((meeting) => {
        if (meeting.deleted || !meeting.committeeId) return;
        latest.set(meeting.committeeId, laterDate(latest.get(meeting.committeeId), meeting.startDate));
      });
    return latest;
  }, [db]);
}

/** A committee's facts for the activity rule, with its last meeting taken from the meeting records too. */
export function withRecordedMeetings<C extends { id: string } & CommitteeActivityFacts>(committee: C, latest: Map<string, string> | undefined): C {
  return withLatestMeeting(committee, latest?.get(committee.id));
}

/** One live record of any table by id; `null` when missing or deleted, `undefined` while loading (or with no id). */
export function useLiveRecord<R extends { deleted: 0 | 1 }>(table: Table<R, string>, id: string | undefined): R | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return undefined;
    const row = await table.get(id);
    return row && !row.deleted ? row : null;
  }, [table, id]);
}

/** How many conflicts wait for a person's review (0 while loading). */
export function useOpenConflictCount(): number {
  const { db } = useDatabase();
  return useLiveQuery(() => db.conflicts.where('status').equals('open').count(), [db]) ?? 0;
}
