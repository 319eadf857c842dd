import { useLiveQuery } from 'dexie-react-hooks';
import type { CommitteeRecord } from '../../shared/domain/committee';
import type { MemberRecord } from '../../shared/domain/member';
import { useDatabase } from './database-context';

/** Live list of members that are not deleted; re-runs whenever the table changes (edits, imports). */
export function useMembers(): MemberRecord[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => db.members.where('deleted').equals(0).toArray(), [db]);
}

/** One member by id; `null` when it does not exist or is deleted, `undefined` while loading. */
export function useMember(id: string | undefined): MemberRecord | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const member = id ? await db.members.get(id) : undefined;
    return member && !member.deleted ? member : null;
  }, [db, id]);
}

/** Live list of committees that are not deleted (retired ones included). */
export function useCommittees(): CommitteeRecord[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => db.committees.where('deleted').equals(0).toArray(), [db]);
}

/** One committee by id; `null` when it does not exist or is deleted, `undefined` while loading. */
export function useCommittee(id: string | undefined): CommitteeRecord | null | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const committee = id ? await db.committees.get(id) : undefined;
    return committee && !committee.deleted ? committee : null;
  }, [db, id]);
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
