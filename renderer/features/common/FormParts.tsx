import { NumberInput, Title } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { DraftNotice } from './use-form-draft';
import { FormError } from './use-record-submit';

/** A form's title (which labels the form by `id`), the note that a draft came back, and the summary of why nothing was saved. */
export function FormHeading({ id, title, draft, error }: { id: string; title: string; draft: { restoredAt: string | null; discard(): Promise<void> }; error: string | null }) {
  return (
    <>
      <Title order={2} id={id}>
        {title}
      </Title>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
      <FormError message={error} />
    </>
  );
}

type NumberFieldProps<T extends FieldValues, Output> = {
  control: Control<T, unknown, Output>;
  name: Path<T>;
  label: string;
  /** A hint, under the box so a row of inputs stays aligned. */
  description?: string;
  error?: string;
  withAsterisk?: boolean;
  w?: number;
};

/** A whole number of 0 or more, bound to a react-hook-form field (typed digits arrive as a number or as text). */
export function FormNumberInput<T extends FieldValues, Output>({ control, name, label, description, error, withAsterisk, w = 200 }: NumberFieldProps<T, Output>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={description}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          withAsterisk={withAsterisk}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          error={error}
          w={w}
        />
      )}
    />
  );
}
