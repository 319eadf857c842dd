/** Formats calendar dates and timestamps for a language, coping with engines that lack its data. */
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
  // ISO dates are calendar days: read and format them in UTC so no time zone moves them a day.
  const calendarDay = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (supported) {
    const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' });
    return { date: (iso) => dateFormat.format(calendarDay(iso)), dateTime: (iso) => dateTimeFormat.format(new Date(iso)) };
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  return {
    date: (iso) => iso.slice(0, 10).replaceAll('-', '.'),
    dateTime: (iso) => {
      const moment = new Date(iso);
      return `${moment.getFullYear()}.${pad(moment.getMonth() + 1)}.${pad(moment.getDate())} ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
    },
  };
}
