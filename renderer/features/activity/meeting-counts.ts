import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFields } from '../../../shared/domain/activity';
import { useFormat } from '../../i18n/use-format';

type Counts = Pick<MeetingFields, 'delegates' | 'memberCount' | 'countryCount' | 'guestCountries'>;

export type CountWords = {
  /** A count as the record gives it: "150", or "at least 150" where it is a lower bound. */
  counted(value: number, atLeast?: boolean): string;
  /** The meeting's other counts as label and value rows, only those the record holds. */
  rows(meeting: Counts): Array<[string, ReactNode]>;
};

/** A meeting's or a visit's counts in words of the UI language, never a number the record does not hold. */
export function useCountWords(): CountWords {
  const { t } = useTranslation();
  const format = useFormat();
  // The same words while the language stays: the timeline's columns, and the sorts built on them, keep.
  return useMemo(() => {
    const counted = (value: number, atLeast?: boolean) => (atLeast ? t('record.counts.atLeast', { count: format.number(value) }) : format.number(value));
    const guest = ({ country, people }: { country: string; people?: number }) =>
      people === undefined ? format.country(country) : t('record.counts.guestPeople', { country: format.country(country), count: format.number(people) });
    return {
      counted,
      rows: (meeting: Counts) => [
        ...(meeting.delegates !== undefined ? [[t('record.counts.delegates'), counted(meeting.delegates)] as [string, ReactNode]] : []),
        ...(meeting.memberCount !== undefined ? [[t('record.counts.memberCount'), counted(meeting.memberCount)] as [string, ReactNode]] : []),
        ...(meeting.countryCount !== undefined ? [[t('record.counts.countryCount'), counted(meeting.countryCount)] as [string, ReactNode]] : []),
        ...(meeting.guestCountries?.length ? [[t('record.counts.guestCountries'), meeting.guestCountries.map(guest).join(', ')] as [string, ReactNode]] : []),
      ],
    };
  }, [t, format]);
}
