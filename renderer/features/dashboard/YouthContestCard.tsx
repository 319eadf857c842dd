import { useTranslation } from 'react-i18next';
import { chartTable, hasValues, type ChartData } from '../../../shared/dashboard/chart-data';
import type { CountryBucket } from '../../../shared/dashboard/filter';
import { BarChartView } from './BarChartView';
import { ChartCard } from './ChartCard';
import type { ChartTheme } from './chart-theme';
import { COUNTRY_HUE, useChartLabels } from './use-chart-labels';

/** Youth contest entries per year, stacked by country. */
export function YouthContestCard({ chart, theme }: { chart: ChartData<number, CountryBucket>; theme: ChartTheme }) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const legend = chart.series.map((bucket) => ({ label: labels.country(bucket), color: theme.hue(COUNTRY_HUE[bucket]) }));
  const table = chartTable(chart, {
    title: t('dashboard.youthContest.title'),
    category: t('dashboard.column.year'),
    categoryLabel: labels.year,
    seriesLabel: labels.country,
    total: t('dashboard.total'),
  });
  return (
    <ChartCard
      id="youth-contest"
      table={table}
      intro={t('dashboard.youthContest.intro')}
      empty={!hasValues(chart)}
      legend={legend}
      theme={theme}
      chart={<BarChartView data={chart} categoryLabel={labels.year} series={legend} theme={theme} height={300} />}
    />
  );
}
