import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateDraft } from '../common/use-state-draft';
import { fieldErrors, NO_FIELD_ERRORS, type FieldErrors } from './field-errors';

export type DialogWrite = {
  errors: FieldErrors;
  /** Takes a field's message away (the field was changed since). */
  clearError(field: string): void;
  busy: boolean;
  /**
   * Runs a write: on success the draft goes, a notification says `message`, `after` runs and the
   * dialog closes; on failure the messages go beside their fields and the dialog stays.
   */
  run(action: () => Promise<unknown>, message: string, after?: () => void): Promise<void>;
  /** Closed without saving (Esc, the close button): the draft is kept for next time. */
  dismiss(): void;
  /** Cancelled: the draft goes. */
  cancel(): void;
};

/** How the ledger's dialogs write: the draft kept while open, dropped once saved or cancelled. */
export function useDialogWrite<V>(draft: StateDraft<V>, fields: readonly string[], onClose: () => void): DialogWrite {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const [busy, setBusy] = useState(false);
  return {
    errors,
    clearError: (field) => setErrors((current) => (current.byField[field] ? { ...current, byField: { ...current.byField, [field]: '' } } : current)),
    busy,
    run: async (action, message, after) => {
      setBusy(true);
      try {
        await action();
        await draft.saved();
        notifications.show({ color: 'green', message });
        after?.();
        onClose();
      } catch (error) {
        setErrors(fieldErrors(error, t, fields));
      } finally {
        setBusy(false);
      }
    },
    dismiss: () => {
      void draft.keep();
      onClose();
    },
    cancel: () => void draft.discard().then(onClose),
  };
}
