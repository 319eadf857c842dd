import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { useFieldError } from './use-field-error';
import { useFormDraft } from './use-form-draft';
import { useRecordSubmit } from './use-record-submit';

type Options<V extends FieldValues, F extends FieldValues, R extends object> = {
  /** Converts the form's values to the record's fields (ending in the shared schema). */
  schema: z.ZodType<F, V>;
  defaultValues: DefaultValues<V>;
  /** Where the unsaved draft is kept (`staff:new`, `staff:<id>`). */
  draftKey: string;
  /** The domain write; its ValidationError lands next to the fields. */
  save: (fields: F) => Promise<R>;
  savedMessage: (name: string) => string;
  pathOf: (saved: R) => string;
  nameOf?: (saved: R) => string;
};

/**
 * A record form as every form here works: checked with its schema, its draft kept while typed and
 * dropped once saved, each error next to its field, and a summary on top when nothing was saved.
 */
export function useRecordForm<V extends FieldValues, F extends FieldValues, R extends object>({ schema, defaultValues, draftKey, save, ...submit }: Options<V, F, R>) {
  const form = useForm<V, unknown, F>({ resolver: zodResolver(schema), defaultValues });
  const draft = useFormDraft(form, draftKey);
  const fieldError = useFieldError(form.formState.errors);
  const { formError, onSubmit, onInvalid } = useRecordSubmit({
    setError: form.setError,
    save: async (fields: F) => {
      const saved = await save(fields);
      await draft.saved();
      return saved;
    },
    ...submit,
  });
  return { form, draft, fieldError, formError, submit: form.handleSubmit(onSubmit, onInvalid) };
}
