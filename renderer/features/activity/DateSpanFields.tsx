import { Input, SegmentedControl, Stack } from '@mantine/core';
import { useId } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DATE_PRECISIONS, precisionOf } from '../../../shared/domain/partial-date';
import { DateField } from '../common/DateField';
import { cutTo, spanPrecision } from './date-span';

/** The form fields of a span: its start, its end and how precisely both are known. */
type Names<T extends FieldValues> = { start: FieldPath<T>; end: FieldPath<T>; precision: FieldPath<T> };

type Props<T extends FieldValues, Output> = {
  control: Control<T, unknown, Output>;
  names: Names<T>;
  labels: { start: string; end: string };
  errors: { start?: string; end?: string };
  /** Width of each date field. */
  w?: number;
  testId: string;
};

const FINEST_FIRST = [...DATE_PRECISIONS].reverse();
/** The two ends of the span, as the form's names and the fields' test ids call them. */
const ENDS = ['start', 'end'] as const;

/**
 * A start and an end date with a "Day / Month / Year" choice beside them, for records whose source
 * gives only the month or the year: "October 2018" is stored as a month, never as 1 October. The
 * choice sets how coarse a date the fields take (and the form they ask for); choosing a coarser one
 * cuts dates already typed to it, and typing a finer date moves the choice along. The form keeps
 * the choice with its values, so a draft brings it back.
 */
export function DateSpanFields<T extends FieldValues, Output>({ control, names, labels, errors, w, testId }: Props<T, Output>) {
  const { t } = useTranslation();
  const labelId = useId();
  const start = useController({ control, name: names.start }).field;
  const end = useController({ control, name: names.end }).field;
  const precisionField = useController({ control, name: names.precision }).field;
  const precision = DATE_PRECISIONS.find((candidate) => candidate === precisionField.value) ?? 'day';
  const text = (value: unknown) => (typeof value === 'string' ? value : '');

  const choose = (next: string) => {
    const chosen = DATE_PRECISIONS.find((candidate) => candidate === next) ?? 'day';
    precisionField.onChange(chosen);
    for (const field of [start, end]) {
      const value = typeof field.value === 'string' ? field.value : '';
      if (cutTo(value, chosen) !== value) field.onChange(cutTo(value, chosen));
    }
  };
  // Dates typed finer than the choice (28/10/2018 while "Month" is chosen) are what is known: follow
  // them, as far as the other date of the span allows.
  const typed = (onChange: (value: string) => void, other: unknown) => (value: string) => {
    onChange(value);
    const known = spanPrecision(value, text(other));
    if (precisionOf(value) && DATE_PRECISIONS.indexOf(known) > DATE_PRECISIONS.indexOf(precision)) precisionField.onChange(known);
  };

  return (
    <>
      <Stack gap={4} data-testid={`${testId}-precision`}>
        <Input.Label id={labelId}>{t('dates.knownTo')}</Input.Label>
        <SegmentedControl
          aria-labelledby={labelId}
          value={precision}
          onChange={choose}
          data={FINEST_FIRST.map((value) => ({ value, label: t(`dates.precision.${value}`) }))}
        />
      </Stack>
      {ENDS.map((which) => {
        const [field, other] = which === 'start' ? [start, end] : [end, start];
        return (
          <DateField
            key={which}
            label={labels[which]}
            value={text(field.value)}
            onChange={typed(field.onChange, other.value)}
            onBlur={field.onBlur}
            precision={precision}
            // The start is the record's date and must be there; the end only for a span.
            withAsterisk={which === 'start'}
            allowEmpty={which === 'end'}
            error={errors[which]}
            w={w}
            data-testid={`${testId}-${which}`}
          />
        );
      })}
    </>
  );
}
