import { Anchor, Stack, Switch, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { FollowUpItem } from './FollowUpItem';

/** Open follow-ups, soonest due first (overdue on top), each linked to the visit it came from. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const [showDone, setShowDone] = useState(false);
  const rows = useLiveQuery(async () => {
    // Few enough to sort here; undated ones (IndexedDB cannot index a missing date) go last.
    const followUps = (await db.followUps.where('deleted').equals(0).filter((row) => showDone || !row.doneOn).toArray()).sort(
      (a, b) => (a.dueOn ?? '\uffff').localeCompare(b.dueOn ?? '\uffff'),
    );
    const visits = await db.visits.bulkGet([...new Set(followUps.map((row) => row.visitId))]);
    const titles = new Map(visits.flatMap((visit) => (visit ? [[visit.id, visit.title] as const] : [])));
    return followUps.map((followUp) => ({ followUp, visitTitle: titles.get(followUp.visitId) }));
  }, [db, showDone]);

  return (
    <Stack maw={960}>
      <Title order={2}>{t('followUps.title')}</Title>
      <Switch label={t('followUps.showDone')} checked={showDone} onChange={(event) => setShowDone(event.currentTarget.checked)} />
      {rows?.length === 0 && <Text c="dimmed">{t('followUps.empty')}</Text>}
      <Stack gap="md" data-testid="follow-ups">
        {rows?.map(({ followUp, visitTitle }) => (
          <FollowUpItem
            key={followUp.id}
            followUp={followUp}
            source={
              visitTitle && (
                <Anchor component={Link} to={`/activity/visits/${followUp.visitId}`} size="sm">
                  {t('followUps.from', { visit: format.name(visitTitle) })}
                </Anchor>
              )
            }
          />
        ))}
      </Stack>
    </Stack>
  );
}
