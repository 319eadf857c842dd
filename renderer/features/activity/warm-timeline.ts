import { useEffect } from 'react';
import { useDatabase } from '../../db/database-context';

/**
 * Starts loading the timeline in the background once the window is idle after start-up, so that
 * opening the Activity screen shows rows at once instead of starting from nothing. The timeline's
 * code comes with it, off the first screen's way.
 */
export function useWarmTimeline(enabled: boolean): void {
  const { db } = useDatabase();
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const handle = requestIdleCallback(
      () =>
        void import('./use-timeline').then(({ timelineStore }) => {
          if (current) timelineStore(db);
        }),
      { timeout: 3000 },
    );
    return () => {
      current = false;
      cancelIdleCallback(handle);
    };
  }, [db, enabled]);
}
