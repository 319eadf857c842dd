import { Anchor, Badge, Checkbox, Group, Switch, Table, Text, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { followUpDeadline, type FollowUpRecord } from '../../../shared/domain/activity';
import type { AnyNames } from '../../../shared/domain/names';
import { listTable, sortList, type ListColumn } from '../../../shared/tables/list';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { ListActions } from '../common/ListActions';
import { PrintableList } from '../common/PrintableList';
import { SortableHead } from '../common/SortableTh';
import { describeSort, useListSort } from '../common/use-list-sort';
import { isOverdue, useToggleFollowUp } from './FollowUpItem';

type FollowUpRow = { followUp: FollowUpRecord; visitTitle: AnyNames | undefined };

const SORT_KEYS = ['done', 'text', 'due', 'owner', 'visit'];

/** Follow-ups, soonest due first (overdue on top) until a column is sorted, each linked to the visit it came from. */
export function FollowUpsPage() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const toggle = useToggleFollowUp();
  const [showDone, setShowDone] = useState(false);
  const found = useLiveQuery(async () => {
    // Few enough to sort here, by deadline ("October" is due by its last day, after 15 October);
    // undated ones (IndexedDB cannot index a missing date) go last.
    const followUps = (await db.followUps.where('deleted').equals(0).filter((row) => showDone || !row.doneOn).toArray()).sort(
      (a, b) => (followUpDeadline(a) ?? '\uffff').localeCompare(followUpDeadline(b) ?? '\uffff'),
    );
    const visits = await db.visits.bulkGet([...new Set(followUps.map((row) => row.visitId))]);
    const titles = new Map(visits.flatMap((visit) => (visit ? [[visit.id, visit.title] as const] : [])));
    return followUps.map((followUp): FollowUpRow => ({ followUp, visitTitle: titles.get(followUp.visitId) }));
  }, [db, showDone]);

  const columns = useMemo<Array<ListColumn<FollowUpRow>>>(() => {
    const date = (iso: string | undefined) => (iso ? format.date(iso) : null);
    return [
      { key: 'done', label: t('lists.doneOn'), value: ({ followUp }) => date(followUp.doneOn), sortBy: ({ followUp }) => followUp.doneOn ?? null },
      { key: 'text', label: t('lists.followUp'), value: ({ followUp }) => followUp.text },
      { key: 'due', label: t('lists.due'), value: ({ followUp }) => date(followUp.dueOn), sortBy: ({ followUp }) => followUpDeadline(followUp) ?? null },
      { key: 'owner', label: t('lists.owner'), value: ({ followUp }) => followUp.owner },
      { key: 'visit', label: t('lists.visit'), value: ({ visitTitle }) => (visitTitle ? format.name(visitTitle) : null) },
    ];
  }, [t, format]);
  const [sort, sortBy] = useListSort(SORT_KEYS);
  const rows = useMemo(() => sortList(found ?? [], columns, sort, format.collator), [found, columns, sort, format]);

  return (
    <PrintableList
      title={t('followUps.title')}
      filters={showDone ? [[t('followUps.showDone'), t('common.yes')]] : []}
      order={describeSort(columns, sort, t)}
      count={rows.length}
      maw={1100}
    >
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('followUps.title')}</Title>
        <ListActions title={t('followUps.title')} table={() => listTable(t('followUps.title'), columns, rows)} />
      </Group>
      <Switch label={t('followUps.showDone')} checked={showDone} onChange={(event) => setShowDone(event.currentTarget.checked)} />
      {found?.length === 0 && <Text c="dimmed">{t('followUps.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={720} data-print-keep>
          <Table striped highlightOnHover data-testid="follow-ups">
            <SortableHead columns={columns} sort={sort} onSort={sortBy} />
            <Table.Tbody>
              {rows.map(({ followUp, visitTitle }) => {
                const overdue = isOverdue(followUp);
                return (
                  <Table.Tr key={followUp.id} data-testid="follow-up" data-done={Boolean(followUp.doneOn)}>
                    <Table.Td>
                      <Checkbox
                        checked={Boolean(followUp.doneOn)}
                        onChange={(event) => void toggle(followUp, event.currentTarget.checked)}
                        aria-label={`${t('followUps.markDone')}: ${followUp.text}`}
                        label={followUp.doneOn ? format.date(followUp.doneOn) : undefined}
                      />
                    </Table.Td>
                    <Table.Td td={followUp.doneOn ? 'line-through' : undefined}>{followUp.text}</Table.Td>
                    <Table.Td data-nowrap>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" c={overdue ? 'red' : undefined} style={{ whiteSpace: 'nowrap' }}>
                          {followUp.dueOn ? format.date(followUp.dueOn) : t('followUps.noDate')}
                        </Text>
                        {overdue && (
                          <Badge color="red" size="sm" style={{ flexShrink: 0 }}>
                            {t('followUps.overdue')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{followUp.owner}</Table.Td>
                    <Table.Td>
                      {visitTitle && (
                        <Anchor component={Link} to={`/activity/visits/${followUp.visitId}`} size="sm">
                          {format.name(visitTitle)}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </PrintableList>
  );
}
