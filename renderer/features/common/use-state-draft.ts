import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { stableStringify } from '../../../shared/sync/record-stamp';
import { useDatabase } from '../../db/database-context';
import { discardDraft, loadDraft, saveDraft } from '../../domain/drafts';
import { useDraftAutosave } from './use-form-draft';
import { useLeaveGuard } from './unsaved-changes';

export type StateDraft<V> = {
  values: V;
  setValues: Dispatch<SetStateAction<V>>;
  /** Changes one field of the values. */
  set<K extends keyof V>(key: K, value: V[K]): void;
  /** When the draft brought back was written; null when the form opened as stored. */
  restoredAt: string | null;
  /** Whether the values differ from what the form opened with. */
  dirty: boolean;
  /** Writes the draft now, as a dialog closes (the autosave waits for typing to pause). */
  keep(): Promise<void>;
  /** Drops the draft and puts the form back as it was opened. */
  discard(): Promise<void>;
  /** The record is saved and the form leaves: the draft goes, and leaving is not asked about. */
  saved(): Promise<void>;
  /** The record is saved and the form stays for the next one, starting again from `next`. */
  savedAndReset(next: V): Promise<void>;
};

/**
 * The draft of a form kept in React state (the roll call, the dues entry, small inline forms):
 * written as the user works, brought back when the form opens again, and asked about on leaving.
 */
export function useStateDraft<V>(key: string, initial: V): StateDraft<V> {
  const { db } = useDatabase();
  const [baseline, setBaseline] = useState(initial);
  const [values, setValues] = useState(initial);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    let current = true;
    void loadDraft<V>(db, key).then((draft) => {
      if (!current) return;
      if (draft) {
        setValues(draft.values);
        setRestoredAt(draft.savedAt);
      }
      setReady(true);
    });
    return () => {
      current = false;
    };
  }, [db, key]);
  const dirty = ready && !saved && stableStringify(values) !== stableStringify(baseline);
  const keep = async () => {
    if (dirty) await saveDraft(db, key, values);
  };
  const guard = useLeaveGuard({ dirty, keep, discard: () => discardDraft(db, key) });
  useDraftAutosave(db, key, values, ready && !saved ? dirty : null, guard.isReleased);
  return {
    values,
    setValues,
    set: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    restoredAt,
    dirty,
    keep,
    discard: async () => {
      await discardDraft(db, key);
      setRestoredAt(null);
      setValues(baseline);
    },
    saved: async () => {
      guard.release();
      setSaved(true);
      await discardDraft(db, key);
    },
    savedAndReset: async (next) => {
      setBaseline(next);
      setValues(next);
      setRestoredAt(null);
      await discardDraft(db, key);
    },
  };
}
