import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/database-context';
import { loadIdentity } from '../../sync/identity';

/** This installation's sync identity (without the private key), or what it still lacks; undefined while loading. */
export function useIdentity() {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const result = await loadIdentity(db);
    if ('missing' in result) return result;
    const { privateKey: _privateKey, ...identity } = result.identity;
    return { identity };
  }, [db]);
}
