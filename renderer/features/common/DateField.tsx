import '@mantine/dates/styles.css';
import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatTypedDate, parseTypedDate, type DatePrecision, type TypedDate } from '../../i18n/date-input';
import { useFormat } from '../../i18n/use-format';
import { calendarProps } from './calendar-locale';
import classes from './DateField.module.css';

export type DateFieldProps = {
  label: string;
  /** An ISO date (2026-12-06, or 2026-12 / 2026 where `precision` allows), or text still being typed. */
  value: string;
  /**
   * Called on every keystroke with the ISO date once the text is a whole date, '' when it is empty,
   * and otherwise the text as typed: a form then refuses to save it and its draft keeps it. Pages
   * that act on each date (an "as of" field) take only whole dates and keep the last one until then.
   */
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** An error from the form (a required date, an end before the start). */
  error?: string;
  /** The coarsest date the field takes: 'month' lets a person type 10.2018 when the day is unknown. */
  precision?: DatePrecision;
  /**
   * Where a day is what people usually type but a coarser date is allowed too (a follow-up due "in
   * October"): the field asks for a day and says below it that a month or year will also do.
   */
  dayFirst?: boolean;
  /** False where the field must hold a date: leaving it empty then says so. */
  allowEmpty?: boolean;
  /** Added to the field's own message while its text is not a date, e.g. which date the page still shows. */
  invalidHint?: string;
  withAsterisk?: boolean;
  w?: number;
  'data-testid'?: string;
};

/** What a typed text stands for, as the field hands it on. */
function meaning(typed: TypedDate, text: string): string {
  if (typed.kind === 'date') return typed.iso;
  return typed.kind === 'empty' ? '' : text;
}

/**
 * A date typed in the UI language's own order and form (06.12.2026 in Russian, 2026. 12. 06. in
 * Korean, 06/12/2026 in British English), with Mantine's calendar beside it for picking.
 *
 * Built here rather than with Mantine's DateInput because DateInput commits whatever its parser
 * accepts at each keystroke, keeps its last value while the text is not a date (so a form would
 * save a date the person no longer sees), cannot say why a text is not a date, and takes no month
 * without a day. Here a small pure parser (date-input.ts) accepts a date only once it is whole, the
 * text is never rewritten while it is being typed, and the message says which form to type.
 */
export function DateField({ label, value, onChange, onBlur, error, precision = 'day', dayFirst = false, allowEmpty = true, invalidHint, withAsterisk, w, 'data-testid': testId }: DateFieldProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { locale } = format;
  // Text that comes in already wrong (a draft kept half-typed) says so at once; what the person
  // types waits until they leave the field once, and from then on the message follows every keystroke.
  const arrivesWrong = (incoming: string) => !['date', 'empty'].includes(parseTypedDate(formatTypedDate(incoming, locale), locale, precision).kind);
  const [text, setText] = useState(() => formatTypedDate(value, locale));
  const [checked, setChecked] = useState(() => arrivesWrong(value));
  const [seen, setSeen] = useState({ value, locale });
  const [calendarOpen, setCalendarOpen] = useState(false);
  const typed = parseTypedDate(text, locale, precision);

  // A value set from outside (a draft restored, a filter cleared, the language switched) replaces
  // the text; the echo of what is being typed does not, so typing is never reset mid-entry.
  if (seen.value !== value || seen.locale !== locale) {
    setSeen({ value, locale });
    if (seen.locale !== locale || value !== meaning(typed, text)) {
      setText(formatTypedDate(value, locale));
      setChecked(arrivesWrong(value));
    }
  }

  const type = (next: string) => {
    setText(next);
    onChange(meaning(parseTypedDate(next, locale, precision), next));
  };

  const pattern = (level: DatePrecision) => t(`dates.pattern.${level}`);
  const problem = (() => {
    if (!checked) return undefined;
    if (typed.kind === 'impossible') return t('dates.impossible');
    if (typed.kind === 'empty') return allowEmpty ? undefined : t('validation.date');
    if (typed.kind === 'date') return undefined;
    if (precision === 'day') return t('dates.incomplete', { pattern: pattern('day') });
    if (precision === 'month') return t('dates.incompleteMonth', { day: pattern('day'), month: pattern('month') });
    return t('dates.incompleteYear', { day: pattern('day'), month: pattern('month'), year: pattern('year') });
  })();

  const picked = typed.kind === 'date' ? typed : undefined;
  const calendar = (
    <Popover opened={calendarOpen} onChange={setCalendarOpen} position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('dates.openCalendar')} aria-expanded={calendarOpen} onClick={() => setCalendarOpen((open) => !open)}>
          <IconCalendar size={16} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          {...calendarProps(locale, t, format.date)}
          classNames={{ day: classes.day }}
          value={picked?.precision === 'day' ? picked.iso : null}
          // A month or year typed opens the calendar there; otherwise at the value, or this month.
          defaultDate={picked ? `${picked.iso}-01-01`.slice(0, 10) : undefined}
          onChange={(iso) => {
            if (!iso) return;
            type(formatTypedDate(iso, locale));
            setChecked(true);
            setCalendarOpen(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <TextInput
      label={label}
      value={text}
      placeholder={t(`dates.pattern.${dayFirst ? 'day' : precision}`)}
      description={dayFirst && precision !== 'day' ? t(`dates.orCoarser.${precision}`, { month: pattern('month'), year: pattern('year') }) : undefined}
      // The hint goes under the field, so the field lines up with its neighbours in a row.
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      onChange={(event) => type(event.currentTarget.value)}
      onBlur={() => {
        setChecked(true);
        // A whole date is written out in the language's form once the person moves on: 6.1.2020 → 06.01.2020.
        if (typed.kind === 'date') setText(formatTypedDate(typed.iso, locale));
        onBlur?.();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') setChecked(true);
        if (event.key === 'ArrowDown' && event.altKey) setCalendarOpen(true);
      }}
      error={problem ? [problem, invalidHint].filter(Boolean).join(' ') : error}
      withAsterisk={withAsterisk}
      autoComplete="off"
      spellCheck={false}
      rightSection={calendar}
      rightSectionPointerEvents="all"
      w={w}
      data-testid={testId}
    />
  );
}

type FormDateFieldProps<T extends FieldValues, Output> = Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur'> & {
  control: Control<T, unknown, Output>;
  name: Path<T>;
};

/** A `DateField` bound to a react-hook-form field that holds the date as a string. */
export function FormDateField<T extends FieldValues, Output>({ control, name, ...props }: FormDateFieldProps<T, Output>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <DateField {...props} value={typeof field.value === 'string' ? field.value : ''} onChange={field.onChange} onBlur={field.onBlur} />}
    />
  );
}
