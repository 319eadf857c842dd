import type { DatePickerProps, DayOfWeek } from '@mantine/dates';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/ja';
import 'dayjs/locale/ko';
import 'dayjs/locale/mn';
import 'dayjs/locale/ru';
import 'dayjs/locale/zh-cn';
import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/i18n/locales';

/**
 * The calendar's language: dayjs's month and weekday names (imported above, statically, so they
 * are in the bundle offline and nothing is evaluated at run time), the week's first day as each
 * country's calendars print it, and the month heading in the language's word order.
 */
const CALENDARS: Record<Locale, { dayjs: string; firstDayOfWeek: DayOfWeek; monthLabel: string }> = {
  zh: { dayjs: 'zh-cn', firstDayOfWeek: 1, monthLabel: 'YYYY年M月' },
  ja: { dayjs: 'ja', firstDayOfWeek: 0, monthLabel: 'YYYY年M月' },
  ko: { dayjs: 'ko', firstDayOfWeek: 0, monthLabel: 'YYYY년 M월' },
  ru: { dayjs: 'ru', firstDayOfWeek: 1, monthLabel: 'MMMM YYYY' },
  mn: { dayjs: 'mn', firstDayOfWeek: 1, monthLabel: 'YYYY оны MMMM' },
  en: { dayjs: 'en-gb', firstDayOfWeek: 1, monthLabel: 'MMMM YYYY' },
};

/** Props that make Mantine's calendar speak the UI language, its buttons named for screen readers. */
export function calendarProps(locale: Locale, t: TFunction, dayLabel: (iso: string) => string): Partial<DatePickerProps> {
  const calendar = CALENDARS[locale];
  return {
    locale: calendar.dayjs,
    firstDayOfWeek: calendar.firstDayOfWeek,
    monthLabelFormat: calendar.monthLabel,
    getDayAriaLabel: dayLabel,
    ariaLabels: {
      previousMonth: t('dates.calendar.previousMonth'),
      nextMonth: t('dates.calendar.nextMonth'),
      previousYear: t('dates.calendar.previousYear'),
      nextYear: t('dates.calendar.nextYear'),
      previousDecade: t('dates.calendar.previousDecade'),
      nextDecade: t('dates.calendar.nextDecade'),
      monthLevelControl: t('dates.calendar.chooseMonth'),
      yearLevelControl: t('dates.calendar.chooseYear'),
    },
  };
}
