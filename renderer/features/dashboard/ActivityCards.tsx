import { useTranslation } from 'react-i18next';
import type { ActivityCharts } from '../../../shared/dashboard/activity';
import { chartTable, hasValues } from '../../../shared/dashboard/chart-data';
import { useFormat } from '../../i18n/use-format';
import { BarChartView } from './BarChartView';
import { ChartCard } from './ChartCard';
import type { ChartTheme } from './chart-theme';
import { KIND_HUE, useChartLabels } from './use-chart-labels';

type Props = { charts: ActivityCharts; theme: ChartTheme };

/** Visits (by direction) and meetings (by kind) per month, then per country. */
export function ActivityCards({ charts, theme }: Props) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const format = useFormat();
  const yearOnly = charts.monthNotRecorded.reduce((sum, { count }) => sum + count, 0);
  const legend = charts.byMonth.series.map((kind) => ({ label: labels.kind(kind), color: theme.hue(KIND_HUE[kind]) }));
  const countryLegend = charts.byCountry.series.map((kind) => ({ label: labels.kind(kind), color: theme.hue(KIND_HUE[kind]) }));
  const byMonth = chartTable(charts.byMonth, {
    title: t('dashboard.activityByMonth.title'),
    category: t('dashboard.column.month'),
    categoryLabel: labels.month,
    seriesLabel: labels.kind,
    total: t('dashboard.total'),
  });
  const byCountry = chartTable(charts.byCountry, {
    title: t('dashboard.activityByCountry.title'),
    category: t('dashboard.column.country'),
    categoryLabel: labels.country,
    seriesLabel: labels.kind,
    total: t('dashboard.total'),
  });
  return (
    <>
      <ChartCard
        id="activity-month"
        table={byMonth}
        intro={t('dashboard.activityByMonth.intro')}
        note={yearOnly > 0 ? t('dashboard.activityByMonth.yearOnly', { count: format.number(yearOnly) }) : undefined}
        empty={!hasValues(charts.byMonth)}
        legend={legend}
        theme={theme}
        chart={<BarChartView data={charts.byMonth} categoryLabel={labels.month} series={legend} theme={theme} height={320} />}
      />
      <ChartCard
        id="activity-country"
        table={byCountry}
        intro={t('dashboard.activityByCountry.intro')}
        empty={!hasValues(charts.byCountry)}
        legend={countryLegend}
        theme={theme}
        chart={<BarChartView data={charts.byCountry} categoryLabel={labels.country} series={countryLegend} theme={theme} height={320} />}
      />
    </>
  );
}
