import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { ListColumn } from '../../../shared/tables/list';
import { useFormat } from '../../i18n/use-format';
import { useCountWords } from './meeting-counts';

/** The timeline as columns, in the UI language: what it prints and exports. */
export function useTimelineColumns(): Array<ListColumn<TimelineEntry>> {
  const { t } = useTranslation();
  const format = useFormat();
  const { counted } = useCountWords();
  return useMemo(
    () => [
      // Dates as precise as the record: "Oct 2018" on screen and paper, "2018-10" in a file.
      { key: 'date', label: t('lists.date'), value: (entry) => format.date(entry.date), exported: (entry) => entry.date, sortBy: (entry) => entry.date },
      {
        key: 'endDate',
        label: t('lists.endDate'),
        value: (entry) => (entry.endDate && entry.endDate !== entry.date ? format.date(entry.endDate) : null),
        exported: (entry) => (entry.endDate && entry.endDate !== entry.date ? entry.endDate : null),
        sortBy: (entry) => entry.endDate ?? null,
      },
      { key: 'kind', label: t('timeline.kind'), value: (entry) => t(`kinds.${entry.kind}`) },
      { key: 'direction', label: t('visits.direction'), value: (entry) => (entry.direction ? t(`directions.${entry.direction}`) : null) },
      { key: 'title', label: t('lists.title'), value: (entry) => format.name(entry.title) },
      { key: 'with', label: t('lists.with'), value: (entry) => (entry.subtitle ? format.name(entry.subtitle) : null) },
      { key: 'countries', label: t('lists.countries'), value: (entry) => entry.countries.map((code) => format.country(code)).join(', ') || null },
      {
        key: 'headcount',
        label: t('visits.headcount'),
        value: (entry) => (entry.headcount === undefined ? null : counted(entry.headcount, entry.headcountAtLeast)),
        // A file keeps an exact count a number; a lower bound stays in words, never a plain number it is not.
        exported: (entry) => (entry.headcount === undefined ? null : entry.headcountAtLeast ? counted(entry.headcount, true) : entry.headcount),
        sortBy: (entry) => entry.headcount ?? null,
      },
      { key: 'memberCount', label: t('visits.memberCount'), value: (entry) => entry.memberCount ?? null },
    ],
    [t, format, counted],
  );
}
