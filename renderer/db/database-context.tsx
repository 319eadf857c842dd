import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { NearDatabase } from './database';
import { openDatabase, type OpenFailure, type OpenResult } from './open-database';

type DatabaseState = { db: NearDatabase; installationId: string };

const DatabaseContext = createContext<DatabaseState | null>(null);

type GateProps = {
  db: NearDatabase;
  /** The first opening of `db`, if it was started before the app rendered (a retry opens it again). */
  opening?: Promise<OpenResult>;
  loading: ReactNode;
  failed: (failure: OpenFailure, retry: () => void) => ReactNode;
  children: ReactNode;
};

/** Opens the database before anything else renders; on failure shows `failed` instead of the app. */
export function DatabaseGate({ db, opening, loading, failed, children }: GateProps) {
  const [state, setState] = useState<
    { phase: 'opening' } | { phase: 'open'; value: DatabaseState } | { phase: 'failed'; failure: OpenFailure }
  >({ phase: 'opening' });

  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void (attempt === 0 && opening ? opening : openDatabase(db)).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { phase: 'open', value: { db, installationId: result.installationId } }
          : { phase: 'failed', failure: result.failure },
      );
    });
    return () => {
      current = false;
    };
  }, [db, opening, attempt]);

  const retry = useCallback(() => {
    setState({ phase: 'opening' });
    setAttempt((count) => count + 1);
  }, []);

  if (state.phase === 'opening') return loading;
  if (state.phase === 'failed') return failed(state.failure, retry);
  return <DatabaseContext.Provider value={state.value}>{children}</DatabaseContext.Provider>;
}

/** The open database and this installation's id. */
export function useDatabase(): DatabaseState {
  const value = useContext(DatabaseContext);
  if (!value) throw new Error('useDatabase is used outside <DatabaseGate>');
  return value;
}
