import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useFormState, useWatch, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NearDatabase } from '../../db/database';
import { useDatabase } from '../../db/database-context';
import { discardDraft, loadDraft, saveDraft } from '../../domain/drafts';
import { useFormat } from '../../i18n/use-format';
import { useLeaveGuard } from './unsaved-changes';

/** How long typing pauses before the draft is written (one small row). */
const AUTOSAVE_MS = 400;

/**
 * Keeps a draft of a form's values a moment after each change while `dirty`, and drops it once the
 * form is back to what it was opened with; `null` while the form is not ready (or already saved).
 * Nothing is written once `stopped` says so (saved, or discarded on leaving, before the form unmounts).
 */
export function useDraftAutosave(db: NearDatabase, key: string, values: unknown, dirty: boolean | null, stopped: () => boolean): void {
  useEffect(() => {
    if (dirty === null) return;
    const timer = setTimeout(() => {
      if (!stopped()) void (dirty ? saveDraft(db, key, values) : discardDraft(db, key));
    }, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [db, key, values, dirty, stopped]);
}

/**
 * A form's unsaved draft: written as the user types, brought back when the form opens again after
 * a crash, a reload or a closed lid, and dropped once the record is saved or the user discards it.
 * Leaving the form with unsaved changes asks first (see UnsavedChangesGuard).
 */
export function useFormDraft<V extends FieldValues, C, O extends FieldValues>(form: UseFormReturn<V, C, O>, key: string) {
  const { db } = useDatabase();
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const [saved, setSaved] = useState(false);
  const { reset, control, getValues } = form;
  useEffect(() => {
    let current = true;
    void loadDraft<V>(db, key).then((draft) => {
      if (!current) return;
      if (draft) {
        // The record's own values stay the defaults, so the form counts as changed.
        reset(draft.values, { keepDefaultValues: true });
        setRestoredAt(draft.savedAt);
      }
      setReady(true);
    });
    return () => {
      current = false;
    };
  }, [db, key, reset]);
  const values = useWatch({ control });
  const { isDirty } = useFormState({ control });
  const guard = useLeaveGuard({
    dirty: ready && !saved && isDirty,
    keep: () => saveDraft(db, key, getValues()),
    discard: () => discardDraft(db, key),
  });
  useDraftAutosave(db, key, values, ready && !saved ? isDirty : null, guard.isReleased);
  return {
    restoredAt,
    /** Drops the draft and puts the form back as it was opened. */
    discard: async () => {
      await discardDraft(db, key);
      setRestoredAt(null);
      reset();
    },
    /** Drops the draft once the record is saved; no later keystroke writes it again. */
    saved: async () => {
      guard.release();
      setSaved(true);
      await discardDraft(db, key);
    },
  };
}

/** The note above a form whose draft came back, with the way to throw it away. */
export function DraftNotice({ restoredAt, onDiscard }: { restoredAt: string | null; onDiscard(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!restoredAt) return null;
  return (
    <Alert color="blue" data-testid="draft-restored">
      <Group justify="space-between">
        <Text size="sm">{t('common.draftRestored', { date: format.dateTime(restoredAt) })}</Text>
        <Button size="xs" variant="default" onClick={onDiscard}>
          {t('common.discardDraft')}
        </Button>
      </Group>
    </Alert>
  );
}
