import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-context';
import { isAuthority } from '../../domain/authority';

/**
 * Whether this laptop may change what only the secretariat may (membership, coordinators, a
 * committee's existence, the dues ledger): the Pohang secretariat, or a laptop not yet set up for sync.
 */
export function useIsAuthority(): boolean | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => isAuthority(db), [db]);
}
