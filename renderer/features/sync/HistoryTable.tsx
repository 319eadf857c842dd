import { Section } from '../common/Section';
import { Badge, Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';

/** Every bundle exported and imported, newest first. */
export function HistoryTable() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const entries = useLiveQuery(() => db.syncLog.orderBy('at').reverse().limit(200).toArray(), [db]);
  if (!entries) return null;
  return (
    <Section title={t('sync.history.title')}>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('sync.history.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="sync-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sync.history.when')}</Table.Th>
                <Table.Th>{t('sync.history.what')}</Table.Th>
                <Table.Th>{t('sync.history.office')}</Table.Th>
                <Table.Th>{t('sync.history.records')}</Table.Th>
                <Table.Th>{t('sync.history.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{format.dateTime(entry.at)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={entry.direction === 'import' ? 'blue' : 'teal'}>
                      {t(`sync.history.${entry.direction}`)}
                    </Badge>{' '}
                    <Text span size="xs" c="dimmed">
                      {t(entry.full ? 'sync.history.full' : 'sync.history.incremental')}
                      {entry.encrypted ? ` · ${t('sync.history.encrypted')}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>{entry.office ? `${entry.office} · ${entry.person}` : t('sync.export.anyOffice')}</Table.Td>
                  <Table.Td>
                    {format.number(entry.records)}
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({t('sync.history.size', { size: format.number(Math.max(1, Math.round(entry.bytes / 1024))) })})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {entry.changes
                      ? t('sync.history.changes', {
                          added: format.number(entry.changes.added),
                          changed: format.number(entry.changes.changed),
                          deleted: format.number(entry.changes.deleted),
                        })
                      : '—'}
                    {entry.conflicts ? ` · ${t('sync.history.conflicts', { count: entry.conflicts })}` : ''}
                    {entry.refused ? ` · ${t('sync.history.refused', { count: entry.refused })}` : ''}
                    {entry.gaps?.length ? ` · ${t('sync.history.gap')}` : ''}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
