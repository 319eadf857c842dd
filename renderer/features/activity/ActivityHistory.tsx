import { Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineFilter } from '../../../shared/domain/timeline';
import { TimelineList } from './TimelineList';
import { useTimeline } from './use-timeline';

/** A member's or committee's whole history of meetings and visits, newest first. */
export function ActivityHistory({ memberId, committeeId }: { memberId?: string; committeeId?: string }) {
  const { t } = useTranslation();
  const filter = useMemo<TimelineFilter>(() => ({ memberId, committeeId }), [memberId, committeeId]);
  const { entries, complete } = useTimeline(filter);
  return (
    <Stack gap="xs" data-testid="activity-history">
      <Title order={3} size="h4">
        {t('timeline.history')} ({entries.length})
      </Title>
      {complete && entries.length === 0 ? (
        <Text c="dimmed">{t('timeline.historyEmpty')}</Text>
      ) : (
        <TimelineList entries={entries} height={Math.min(400, Math.max(1, entries.length) * 68 + 2)} label={t('timeline.history')} />
      )}
    </Stack>
  );
}
