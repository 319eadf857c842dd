import { createContext, lazy, Suspense, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';

// The question's dialog (and the modal's code) loads when a form first comes on screen, so it is
// there before anyone can leave one, and never with the first screen.
const loadLeaveDialog = () => import('./LeaveDialog');
const LeaveDialog = lazy(() => loadLeaveDialog().then((module) => ({ default: module.LeaveDialog })));

/** A form on screen whose changes are not saved yet, as the leave question sees it. */
export type PendingWork = {
  /** Whether the form holds changes that are not saved; read at the moment of leaving. */
  dirty: boolean;
  /** Writes the draft now: the autosave may still be waiting for typing to pause. */
  keep(): Promise<void>;
  /** Throws the draft away. */
  discard(): Promise<void>;
};

type Entry = { isDirty(): boolean; keep(): Promise<void>; discard(): Promise<void> };

const Registry = createContext<Set<Entry> | null>(null);

/**
 * Asks before the user leaves a screen with unsaved changes, whichever way they go: another
 * section, a menu shortcut, Back, a reload or closing the window. One question for every form on
 * screen, since a router honours only one blocker at a time (the dues page has two forms).
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const [entries] = useState(() => new Set<Entry>());
  const pending = useCallback(() => [...entries].filter((entry) => entry.isDirty()), [entries]);
  // Only a move to another screen leaves the form; a changed query (a filter) does not.
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && pending().length > 0,
    [pending],
  );
  const blocker = useBlocker(shouldBlock);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // Closing or reloading the window: the draft is written at once, and the shell asks (the
    // browser with its own words, Electron's main process in the app's language).
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const dirty = pending();
      if (dirty.length === 0) return;
      for (const entry of dirty) void entry.keep();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [pending]);

  const leave = async (how: 'keep' | 'discard') => {
    setBusy(true);
    try {
      await Promise.all(pending().map((entry) => entry[how]()));
    } finally {
      setBusy(false);
    }
    if (blocker.state === 'blocked') blocker.proceed();
  };
  const stay = () => {
    if (blocker.state === 'blocked') blocker.reset();
  };

  // Mounted from the first question on, so the dialog closes with its transition.
  const [asked, setAsked] = useState(false);
  if (blocker.state === 'blocked' && !asked) setAsked(true);

  return (
    <Registry.Provider value={entries}>
      {children}
      {asked && (
        <Suspense fallback={null}>
          <LeaveDialog opened={blocker.state === 'blocked'} busy={busy} onStay={stay} onKeep={() => void leave('keep')} onDiscard={() => void leave('discard')} />
        </Suspense>
      )}
    </Registry.Provider>
  );
}

/** What a form may tell the leave question, and ask it. */
export type LeaveGuard = {
  /** The record is saved: the navigation that follows is not asked about. */
  release(): void;
  /** True once saved or discarded on leaving: no late autosave may write the draft again. */
  isReleased(): boolean;
};

/** Puts a form under the leave question while it is on screen. */
export function useLeaveGuard(work: PendingWork): LeaveGuard {
  const registry = useContext(Registry);
  const latest = useRef(work);
  const released = useRef(false);
  useEffect(() => {
    latest.current = work;
  });
  useEffect(() => {
    if (!registry) return;
    const entry: Entry = {
      isDirty: () => !released.current && latest.current.dirty,
      keep: () => latest.current.keep(),
      discard: () => {
        released.current = true;
        return latest.current.discard();
      },
    };
    registry.add(entry);
    void loadLeaveDialog();
    return () => void registry.delete(entry);
  }, [registry]);
  const release = useCallback(() => {
    released.current = true;
  }, []);
  const isReleased = useCallback(() => released.current, []);
  return useMemo(() => ({ release, isReleased }), [release, isReleased]);
}
