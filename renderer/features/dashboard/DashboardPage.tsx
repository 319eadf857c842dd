import { Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activityYears, computeDashboard } from '../../../shared/dashboard/dashboard';
import { defaultYearRange } from '../../../shared/dashboard/filter';
import { todayIso } from '../committees/use-as-of';
import { ActivityCards } from './ActivityCards';
import { useChartTheme } from './chart-theme';
import { CommitteesCard } from './CommitteesCard';
import { DuesCards } from './DuesCards';
import { FilterBar } from './FilterBar';
import { MembersCard } from './MembersCard';
import { OverdueCard } from './OverdueCard';
import { useDashboardData } from './use-dashboard-data';
import { useDashboardFilter } from './use-dashboard-filter';
import { YouthContestCard } from './YouthContestCard';

/** Every year from `first` to `last`. */
function yearList(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/**
 * The managers' dashboard: activity, committees, membership, dues, youth contest and overdue
 * follow-ups, all narrowed by one filter bar. Computing every chart from the records in memory is
 * marked (`dashboard:compute-start`/`-end`) for the benchmark.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const [today] = useState(todayIso);
  const currentYear = Number(today.slice(0, 4));
  const data = useDashboardData();
  const span = useMemo(() => data && activityYears(data.input.visits, data.input.meetings), [data]);
  const [filter, setFilter] = useDashboardFilter(defaultYearRange(span, currentYear));
  const theme = useChartTheme();
  const { fromYear, toYear, country } = filter;

  const dashboard = useMemo(() => {
    if (!data) return undefined;
    performance.mark('dashboard:compute-start');
    const result = computeDashboard(data.input, { fromYear, toYear, ...(country ? { country } : {}) }, today);
    const visits = data.input.visits.reduce((sum, row) => sum + (row.count ?? 1), 0);
    performance.mark('dashboard:compute-end', { detail: { visits, complete: data.visitsComplete } });
    return result;
  }, [data, fromYear, toYear, country, today]);


  // The activity charts first; the cards below them follow in a render React may interrupt, so the
  // first chart is on screen without waiting for a dozen more.
  const below = useDeferredValue(dashboard, null);
  const years = yearList(Math.min(span?.min ?? currentYear, fromYear), Math.max(span?.max ?? currentYear, currentYear, toYear));
  const changeFilter: typeof setFilter = (change) => {
    performance.mark('dashboard:filter-changed');
    setFilter(change);
  };

  return (
    <Stack>
      <div>
        <Title order={2}>{t('nav.dashboard')}</Title>
        <Text c="dimmed">{t('dashboard.intro')}</Text>
      </div>
      <FilterBar filter={filter} years={years} onChange={changeFilter} />
      {data && !data.visitsComplete && (
        <Group gap="xs" data-testid="dashboard-loading">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            {t('dashboard.loadingVisits')}
          </Text>
        </Group>
      )}
      {!data || !dashboard ? (
        <Loader aria-label={t('app.loading')} />
      ) : (
        <Stack data-testid="dashboard" data-complete={data.visitsComplete} data-shows={`${fromYear}-${toYear}:${country ?? ''}`}>
          <ActivityCards charts={dashboard.activity} theme={theme} />
          {below && (
            <>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <MembersCard chart={below.members} toYear={toYear} theme={theme} />
                <YouthContestCard chart={below.youthContest} theme={theme} />
              </SimpleGrid>
              <CommitteesCard charts={below.committees} committees={data.input.committees} filter={filter} theme={theme} />
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <DuesCards charts={below.dues} members={data.input.members} today={today} theme={theme} />
              </SimpleGrid>
              <OverdueCard charts={below.overdue} visitTitles={data.visitTitles} today={today} theme={theme} />
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
