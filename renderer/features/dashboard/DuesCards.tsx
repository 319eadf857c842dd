import { useTranslation } from 'react-i18next';
import { chartTable, hasValues } from '../../../shared/dashboard/chart-data';
import type { DuesCharts, DuesSeries, UnpaidStanding } from '../../../shared/dashboard/dues';
import { FIRST_DUES_YEAR } from '../../../shared/domain/dues';
import type { MemberRecord } from '../../../shared/domain/member';
import { useFormat } from '../../i18n/use-format';
import { BarChartView, COUNTRY_WIDTH } from './BarChartView';
import { ChartCard } from './ChartCard';
import type { ChartTheme, Hue } from './chart-theme';
import { useChartLabels } from './use-chart-labels';

type Props = { charts: DuesCharts; members: readonly MemberRecord[]; today: string; theme: ChartTheme };

const DUES_HUE: Record<DuesSeries, Hue> = { paid: 'green', waived: 'gray', postponed: 'blue', unpaid: 'red' };
const STANDING_HUE: Record<UnpaidStanding, Hue> = { keepsVote: 'yellow', paidAgain: 'orange', losesVote: 'red' };

/** Members paid, waived, postponed and unpaid per fiscal year (with the sums received in the table), then the unpaid members. */
export function DuesCards({ charts, members, today, theme }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useChartLabels();
  const names = new Map(members.map((member) => [member.id, format.name(member.names)]));
  const duesLabel = (series: DuesSeries) => t(`dashboard.dues.${series}`);
  const standingLabel = (standing: UnpaidStanding) => t(`dashboard.unpaid.${standing}`);
  const legend = charts.perYear.series.map((series) => ({ label: duesLabel(series), color: theme.hue(DUES_HUE[series]) }));
  const standingLegend = charts.unpaidByCountry.series.map((standing) => ({ label: standingLabel(standing), color: theme.hue(STANDING_HUE[standing]) }));
  const perYear = chartTable(charts.perYear, {
    title: t('dashboard.dues.title'),
    category: t('dashboard.column.fiscalYear'),
    categoryLabel: labels.year,
    seriesLabel: duesLabel,
    extra: charts.currencies.map((currency, column) => ({
      header: t('dashboard.dues.received', { currency }),
      cell: (_year: number, row: number) => charts.received[row][column],
    })),
  });
  const unpaidTable = {
    title: t('dashboard.unpaid.title'),
    columns: [t('dashboard.column.member'), t('dashboard.column.country'), t('dashboard.unpaid.years'), t('dashboard.unpaid.yearCount'), t('dashboard.unpaid.standing')],
    rows: charts.unpaid.map((member) => [
      names.get(member.memberId) ?? member.memberId,
      format.country(member.country),
      member.unpaidYears.map(labels.year).join(', '),
      member.unpaidYears.length,
      standingLabel(member.standing),
    ]),
  };
  return (
    <>
      <ChartCard
        id="dues"
        table={perYear}
        intro={t('dashboard.dues.intro', { date: format.date(today) })}
        note={t('dashboard.dues.beforeDues', { year: labels.year(FIRST_DUES_YEAR) })}
        empty={!hasValues(charts.perYear)}
        legend={legend}
        theme={theme}
        chart={<BarChartView data={charts.perYear} categoryLabel={labels.year} series={legend} theme={theme} height={300} />}
      />
      <ChartCard
        id="unpaid"
        table={unpaidTable}
        intro={t('dashboard.unpaid.intro', { date: format.date(today), count: format.number(charts.unpaid.length) })}
        empty={!hasValues(charts.unpaidByCountry)}
        legend={standingLegend}
        theme={theme}
        chart={<BarChartView data={charts.unpaidByCountry} categoryLabel={labels.country} series={standingLegend} theme={theme} horizontal categoryWidth={COUNTRY_WIDTH} height={320} />}
      />
    </>
  );
}
