import { Box, Button, Group, Loader, Text, Title, Tooltip } from '@mantine/core';
import { IconCalendarPlus, IconPencilPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TimelineFilter } from '../../../shared/domain/timeline';
import { listTable } from '../../../shared/tables/list';
import { useFormat } from '../../i18n/use-format';
import { ListActions } from '../common/ListActions';
import { PrintableList } from '../common/PrintableList';
import { SortButton } from '../common/SortableTh';
import { describeSort, useListSort } from '../common/use-list-sort';
import { usePrinting } from '../common/use-printing';
import { useTimelineColumns } from './timeline-columns';
import { NEWEST_FIRST, TIMELINE_SORT_KEYS } from './timeline-order';
import { ariaKeyShortcuts, shortcutLabel } from '../common/shortcut-label';
import { filterFromParams, paramsFromFilter } from './timeline-params';
import { useTimelineFilterWords } from './timeline-filter-words';
import { TimelineFilters } from './TimelineFilters';
import { TimelineList } from './TimelineList';
import { TimelinePrintTable } from './TimelinePrintTable';
import { useTimeline } from './use-timeline';

/** All meetings and visits, newest first or as sorted, with filters and sort in the URL. */
export function TimelinePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  // The filter lives in state and reaches the URL (for Back and bookmarks) once typing pauses, so a
  // keystroke re-renders the list, not the whole routed window.
  const [filter, setFilter] = useState(() => filterFromParams(params));
  const [sort, sortBy] = useListSort(TIMELINE_SORT_KEYS);
  const { entries, complete } = useTimeline(filter, sort);
  const columns = useTimelineColumns();
  const printing = usePrinting();
  const filterWords = useTimelineFilterWords(filter);
  const urlTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const changeFilter = useCallback(
    (next: TimelineFilter) => {
      performance.mark('timeline:filter-changed');
      setFilter(next);
      clearTimeout(urlTimer.current);
      // If the user has gone elsewhere meanwhile (opened a row), the pending write must not pull them back.
      const scheduledAt = window.location.href;
      urlTimer.current = setTimeout(() => {
        if (window.location.href !== scheduledAt) return;
        setParams(
          (current) => {
            const written = paramsFromFilter(next);
            const order = current.get('sort');
            if (order) written.set('sort', order);
            return written;
          },
          { replace: true },
        );
      }, 400);
    },
    [setParams],
  );
  useEffect(() => () => clearTimeout(urlTimer.current), []);
  const logVisitKeys = shortcutLabel('visit:new');

  return (
    // The list takes whatever height the window leaves under the filters.
    <PrintableList
      title={t('timeline.title')}
      filters={filterWords}
      order={describeSort(columns, sort, t)}
      count={entries.length}
      gap="sm"
      h="calc(100dvh - var(--app-shell-header-height, 56px) - 2 * var(--mantine-spacing-md))"
    >
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('timeline.title')}</Title>
          <Group gap="xs">
            <Text c="dimmed" aria-live="polite" data-testid="timeline-count" data-complete={complete}>
              {t('timeline.count', { count: format.number(entries.length) })}
            </Text>
            {!complete && <Loader size="xs" aria-label={t('timeline.loading')} />}
          </Group>
        </div>
        <Group gap="xs">
          <ListActions title={t('timeline.title')} table={() => listTable(t('timeline.title'), columns, entries)} />
          <Button component={Link} to="/activity/meetings/new" variant="default" leftSection={<IconCalendarPlus size={18} aria-hidden />}>
            {t('meetings.add')}
          </Button>
          <Tooltip label={logVisitKeys} openDelay={300}>
            <Button component={Link} to="/activity/visits/new" leftSection={<IconPencilPlus size={18} aria-hidden />} aria-keyshortcuts={ariaKeyShortcuts('visit:new')}>
              {t('visits.add')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      <TimelineFilters filter={filter} onChange={changeFilter} />
      <Group gap="md" px="md" wrap="nowrap" role="group" aria-label={t('lists.sortTimeline')} data-testid="timeline-sort">
        <Box w="13rem" style={{ flexShrink: 0 }}>
          <SortButton column={columns[0]} sort={sort ?? NEWEST_FIRST} onSort={sortBy} announce />
        </Box>
        <SortButton column={columns.find((column) => column.key === 'title')!} sort={sort} onSort={sortBy} announce />
      </Group>
      <Box flex={1} mih={240}>
        <TimelineList entries={entries} height="100%" label={t('timeline.title')} />
      </Box>
      {complete && entries.length === 0 && (
        <Text c="dimmed" ta="center" data-print-keep>
          {t('timeline.empty')}
        </Text>
      )}
      {printing && <TimelinePrintTable entries={entries} columns={columns} />}
    </PrintableList>
  );
}
