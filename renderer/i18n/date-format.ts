import { dateWords } from '../../shared/i18n/date-words';

/** Formats calendar dates (a day, a month or a year) and timestamps for a language, coping with engines that lack its data. */
export type DateFormatters = { date(iso: string): string; dateTime(iso: string): string };

/**
 * Chromium (and so Electron) ships a reduced ICU without Mongolian date patterns, so Intl quietly
 * falls back to American English there ("Mar 5, 2018"). When the engine does not support the
 * language, write the numeric form its users read everywhere instead: 2018.03.05 14:30.
 */
export function dateFormatters(
  tag: string,
  supported: boolean = Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0,
): DateFormatters {
  // Calendar dates are read and formatted in UTC so no time zone moves them a day.
  const { date } = dateWords(tag, 'medium', supported);
  if (supported) {
    const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    return { date, dateTime: (iso) => dateTimeFormat.format(new Date(iso)) };
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date,
    dateTime: (iso) => {
      const moment = new Date(iso);
      return `${moment.getFullYear()}.${pad(moment.getMonth() + 1)}.${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
    },
  };
}
