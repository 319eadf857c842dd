import { NumberInput } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, Output> = {
  control: Control<T, unknown, Output>;
  name: Path<T>;
  label: string;
  description?: string;
  error?: string;
  withAsterisk?: boolean;
  w?: number;
  maw?: number;
};

/** A whole number (a count, a place in a list) bound to a react-hook-form field: blank, or what was typed, for the schema to check. */
export function FormCountField<T extends FieldValues, Output>({ control, name, label, description, error, withAsterisk, w, maw }: Props<T, Output>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput
          label={label}
          description={description}
          withAsterisk={withAsterisk}
          // A hint goes under the box, so a row of inputs stays aligned.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          hideControls
          error={error}
          w={w}
          maw={maw}
        />
      )}
    />
  );
}
