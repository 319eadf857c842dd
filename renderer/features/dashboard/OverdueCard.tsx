import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasValues } from '../../../shared/dashboard/chart-data';
import type { OverdueCharts } from '../../../shared/dashboard/follow-ups';
import type { AnyNames } from '../../../shared/domain/names';
import { useFormat } from '../../i18n/use-format';
import { BarChartView } from './BarChartView';
import { ChartCard } from './ChartCard';
import type { ChartTheme } from './chart-theme';
import { useChartLabels } from './use-chart-labels';

type Props = { charts: OverdueCharts; visitTitles: ReadonlyMap<string, AnyNames>; today: string; theme: ChartTheme };

/** How many follow-ups shows under the chart; the table view has them all. */
const LISTED = 5;

/** Overdue follow-ups per month due, the longest overdue listed with a link to their visit. */
export function OverdueCard({ charts, visitTitles, today, theme }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useChartLabels();
  const visitTitle = (visitId: string) => {
    const title = visitTitles.get(visitId);
    return title ? format.name(title) : t('common.unknown');
  };
  const legend = [{ label: t('dashboard.overdue.count'), color: theme.hue('red') }];
  const table = {
    title: t('dashboard.overdue.title'),
    columns: [t('dashboard.overdue.due'), t('dashboard.overdue.text'), t('dashboard.overdue.owner'), t('dashboard.overdue.visit'), t('dashboard.overdue.days')],
    rows: charts.list.map((item) => [format.date(item.dueOn), item.text, item.owner, visitTitle(item.visitId), item.daysOverdue]),
  };
  return (
    <ChartCard
      id="overdue"
      table={table}
      intro={t('dashboard.overdue.intro', { date: format.date(today), count: format.number(charts.list.length) })}
      empty={!hasValues(charts.byMonth)}
      legend={legend}
      theme={theme}
      chart={<BarChartView data={charts.byMonth} categoryLabel={labels.month} series={legend} theme={theme} height={240} />}
    >
      {charts.list.length > 0 && (
        <List size="sm" spacing={4} data-testid="dashboard-overdue-list">
          {charts.list.slice(0, LISTED).map((item) => (
            <List.Item key={item.id}>
              <Text span size="sm" c={theme.scheme === 'dark' ? 'red.4' : 'red.8'} fw={600}>
                {format.date(item.dueOn)}
              </Text>{' '}
              <Anchor component={Link} to={`/activity/visits/${item.visitId}`} size="sm" underline="always">
                {item.text}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {visitTitle(item.visitId)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {charts.list.length > LISTED && (
        <Text size="sm" c="dimmed">
          {t('dashboard.overdue.more', { count: format.number(charts.list.length - LISTED) })}
        </Text>
      )}
    </ChartCard>
  );
}
