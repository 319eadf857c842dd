import { useTranslation } from 'react-i18next';
import { chartTable, hasValues, type ChartData } from '../../../shared/dashboard/chart-data';
import type { CountryBucket } from '../../../shared/dashboard/filter';
import type { MemberKind } from '../../../shared/domain/member';
import { BarChartView, COUNTRY_WIDTH } from './BarChartView';
import { ChartCard } from './ChartCard';
import type { ChartTheme } from './chart-theme';
import { useChartLabels } from './use-chart-labels';

type Props = { chart: ChartData<CountryBucket, MemberKind>; toYear: number; theme: ChartTheme };

/** Members and associate members per country at the end of the range. */
export function MembersCard({ chart, toYear, theme }: Props) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const kindLabel = (kind: MemberKind) => t(`dashboard.members.${kind}`);
  const legend = chart.series.map((kind) => ({ label: kindLabel(kind), color: theme.hue(kind === 'member' ? 'indigo' : 'orange') }));
  const table = chartTable(chart, {
    title: t('dashboard.members.title'),
    category: t('dashboard.column.country'),
    categoryLabel: labels.country,
    seriesLabel: kindLabel,
    total: t('dashboard.total'),
  });
  return (
    <ChartCard
      id="members"
      table={table}
      intro={t('dashboard.members.intro', { year: labels.year(toYear) })}
      empty={!hasValues(chart)}
      legend={legend}
      theme={theme}
      chart={<BarChartView data={chart} categoryLabel={labels.country} series={legend} theme={theme} horizontal categoryWidth={COUNTRY_WIDTH} height={320} />}
    />
  );
}
