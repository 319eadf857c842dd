import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chartTable, hasValues } from '../../../shared/dashboard/chart-data';
import type { CommitteeCharts } from '../../../shared/dashboard/committees';
import type { DashboardFilter } from '../../../shared/dashboard/filter';
import type { CommitteeRecord } from '../../../shared/domain/committee';
import { useFormat } from '../../i18n/use-format';
import { CommitteeStatusBadge, useLastMeetingWords } from '../committees/CommitteeStatus';
import { BarChartView } from './BarChartView';
import { ChartCard } from './ChartCard';
import type { ChartTheme } from './chart-theme';

type Props = { charts: CommitteeCharts; committees: readonly CommitteeRecord[]; filter: DashboardFilter; theme: ChartTheme };

const STATUS_KEYS = {
  active: 'committees.statusActive',
  inactive: 'committees.statusInactive',
  retired: 'committees.statusRetired',
  undated: 'committees.statusUndated',
} as const;

/** Meetings per committee and year, inactive committees drawn in the alert colour and listed with their badge. */
export function CommitteesCard({ charts, committees, filter, theme }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const lastMeeting = useLastMeetingWords();
  const names = new Map(committees.map((committee) => [committee.id, format.name(committee.names)]));
  const name = (id: string) => names.get(id) ?? id;
  const years = charts.meetings.series;
  const colors = theme.ramp('indigo', years.length);
  const legend = years.map((year, index) => ({ label: format.year(year), color: colors[index] }));
  const table = chartTable(charts.meetings, {
    title: t('dashboard.committees.title'),
    category: t('dashboard.column.committee'),
    categoryLabel: name,
    seriesLabel: (year) => format.year(year),
    total: t('dashboard.total'),
    extra: [
      { header: t('committee.lastMeetingOn'), cell: (id) => lastMeeting(charts.lastMeeting.get(id)) },
      { header: t('committee.status'), cell: (id) => t(STATUS_KEYS[charts.activity.get(id)?.status ?? 'undated']) },
    ],
  });
  return (
    <ChartCard
      id="committees"
      table={table}
      intro={t('dashboard.committees.intro', { date: format.date(charts.asOf) })}
      note={filter.country ? t('dashboard.committees.countryNote', { country: format.country(filter.country) }) : undefined}
      empty={charts.meetings.categories.length === 0}
      legend={legend}
      theme={theme}
      chart={
        <BarChartView
          data={charts.meetings}
          categoryLabel={name}
          series={legend}
          theme={theme}
          horizontal
          flagged={new Set(charts.inactive)}
          height={Math.max(160, charts.meetings.categories.length * 40 + 90)}
        />
      }
    >
      <div data-testid="dashboard-inactive-committees">
        <Text size="sm" fw={600} mb={4}>
          {t('dashboard.committees.inactiveList')}
        </Text>
        {charts.inactive.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dashboard.committees.noneInactive')}
          </Text>
        ) : (
          <Group gap="xs">
            {charts.inactive.map((id) => (
              <Group key={id} gap={4} wrap="nowrap">
                <Anchor component={Link} to={`/committees/${id}`} size="sm" underline="always">
                  {name(id)}
                </Anchor>
                <CommitteeStatusBadge activity={charts.activity.get(id)!} />
              </Group>
            ))}
          </Group>
        )}
      </div>
      {!hasValues(charts.meetings) && charts.meetings.categories.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('dashboard.empty')}
        </Text>
      )}
    </ChartCard>
  );
}
