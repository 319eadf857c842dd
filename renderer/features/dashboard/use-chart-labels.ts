import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isYearCategory, type ActivityKind } from '../../../shared/dashboard/activity';
import type { CountryBucket } from '../../../shared/dashboard/filter';
import { VISIT_DIRECTIONS, type MeetingKind, type VisitDirection } from '../../../shared/domain/activity';
import { monthNamer } from '../../../shared/i18n/intl-names';
import { useFormat } from '../../i18n/use-format';
import type { Hue } from './chart-theme';

/** One colour per kind of activity, the same in every chart: visits in blues and greens, meetings warmer. */
export const KIND_HUE: Record<ActivityKind, Hue> = {
  outbound: 'blue',
  inbound: 'teal',
  thirdEvent: 'cyan',
  generalAssembly: 'red',
  executiveCommittee: 'orange',
  committeeMeeting: 'yellow',
  workshop: 'lime',
  forum: 'grape',
  youthForum: 'pink',
  youthContest: 'violet',
  other: 'gray',
};

/** One colour per country, the same in every chart. */
export const COUNTRY_HUE: Record<CountryBucket, Hue> = {
  CN: 'red',
  KP: 'orange',
  JP: 'violet',
  MN: 'cyan',
  KR: 'blue',
  RU: 'green',
  other: 'gray',
};

const isDirection = (kind: ActivityKind): kind is VisitDirection => (VISIT_DIRECTIONS as readonly string[]).includes(kind);

/** Labels the charts share, in the UI language. */
export function useChartLabels() {
  const { t } = useTranslation();
  const format = useFormat();
  return useMemo(() => {
    const monthName = monthNamer(format.locale);
    // A year in the chart of months stands for its entries dated by year only: say so, never a month.
    const month = (category: string) => (isYearCategory(category) ? t('dates.monthNotRecorded', { year: format.year(Number(category)) }) : monthName(category));
    return {
      country: (bucket: CountryBucket) => (bucket === 'other' ? t('dashboard.otherCountries') : format.country(bucket)),
      kind: (kind: ActivityKind) => (isDirection(kind) ? t(`directions.${kind}`) : t(`kinds.${kind as MeetingKind}`)),
      month,
      year: (year: number) => format.year(year),
    };
  }, [t, format]);
}
