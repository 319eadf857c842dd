import { useLiveQuery } from 'dexie-react-hooks';
import { useIsAuthority } from '../common/use-authority';
import type { DuesPostponementRecord, DuesRecord } from '../../../shared/domain/dues';
import type { MemberRecord } from '../../../shared/domain/member';
import { useDatabase } from '../../db/database-context';

/** What voting rights are computed from: the members, the ledger's entries and the postponements. */
export type Ledger = { members: MemberRecord[]; dues: DuesRecord[]; postponements: DuesPostponementRecord[] };

/** The live ledger (deleted rows left out); re-runs after every edit or import. */
export function useLedger(): Ledger | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [members, dues, postponements] = await Promise.all([
      db.members.where('deleted').equals(0).toArray(),
      db.dues.where('deleted').equals(0).toArray(),
      db.duesPostponements.where('deleted').equals(0).toArray(),
    ]);
    return { members, dues, postponements };
  }, [db]);
}

/** Whether this laptop may change the ledger (the Pohang secretariat, or not yet set up for sync). */
export const useMayKeepLedger = useIsAuthority;
