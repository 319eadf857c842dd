import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { AnyNames } from '../../../shared/domain/names';
import { useFormat } from '../../i18n/use-format';
import { describeError, translateIssue } from './describe-error';
import { showDomainErrors } from './submit-errors';

type Options<V extends FieldValues, F, R> = {
  setError: UseFormSetError<V>;
  /** Writes through a domain function; its ValidationError lands next to the fields. */
  save: (fields: F) => Promise<R>;
  /** The confirmation, given the saved record's name in the user's language. */
  savedMessage: (name: string) => string;
  /** Where to go once saved. */
  pathOf: (saved: R) => string;
  /** The saved record's name for the confirmation (default: its `names` in the UI language). */
  nameOf?: (saved: R) => string;
};

/**
 * Saving a record form: runs the domain write, confirms, and opens the record; on failure puts each
 * message next to its field and a summary on top, so the user sees why nothing was saved.
 */
export function useRecordSubmit<V extends FieldValues, F, R extends object>({
  setError,
  save,
  savedMessage,
  pathOf,
  nameOf,
}: Options<V, F, R>) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = async (fields: F) => {
    setFormError(null);
    try {
      const saved = await save(fields);
      notifications.show({ color: 'green', message: savedMessage(nameOf ? nameOf(saved) : format.name((saved as { names?: AnyNames }).names ?? {})) });
      void navigate(pathOf(saved), { replace: true });
    } catch (error) {
      const general = showDomainErrors(error, setError);
      if (general === null) setFormError(t('errors.saveFailed', { reason: describeError(error, t) }));
      else if (general.length > 0) setFormError(general.map((issue) => translateIssue(issue.message, t, issue.values)).join(' '));
      else setFormError(t('validation.formInvalid'));
    }
  };
  const onInvalid = () => setFormError(t('validation.formInvalid'));
  return { formError, onSubmit, onInvalid };
}

/** The summary above a form that could not be saved. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" data-testid="form-error">
      {message}
    </Alert>
  );
}

/** Save and Cancel, and the key to the required-field asterisk. */
export function FormActions({ saving }: { saving: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Group>
        <Button type="submit" loading={saving}>
          {t('common.save')}
        </Button>
        <Button variant="default" onClick={() => void navigate(-1)}>
          {t('common.cancel')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed">
        * {t('validation.required')}
      </Text>
    </>
  );
}
