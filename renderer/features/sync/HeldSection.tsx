import { Table, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { hlcTime } from '../../../shared/sync/hlc';
import { MAX_AHEAD_MS } from '../../../shared/sync/limits';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { Section } from '../common/Section';

/**
 * Changes held back because they were stamped too far ahead of this laptop's clock: who made
 * them, whose bundle brought them, and when they apply by themselves. Shown until they do.
 */
export function HeldSection() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const data = useLiveQuery(async () => ({ held: await db.segments.where('status').equals('held').toArray(), peers: await db.peers.toArray() }), [db]);
  if (!data || data.held.length === 0) return null;
  const office = (id: string) => data.peers.find((peer) => peer.installationId === id)?.office ?? t('common.installation', { id: id.slice(0, 8) });
  return (
    <Section title={t('sync.held.title')} intro={t('sync.held.intro')}>
      <Table.ScrollContainer minWidth={640}>
        <Table striped data-testid="held-segments">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.held.office')}</Table.Th>
              <Table.Th ta="right">{t('sync.held.changes')}</Table.Th>
              <Table.Th>{t('sync.held.stamped')}</Table.Th>
              <Table.Th>{t('sync.held.appliesFrom')}</Table.Th>
              <Table.Th>{t('sync.held.arrived')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.held.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <bdi>{office(row.author)}</bdi>
                </Table.Td>
                <Table.Td ta="right">{format.number(row.changes)}</Table.Td>
                <Table.Td>{format.dateTime(hlcTime(row.last))}</Table.Td>
                <Table.Td>{format.dateTime(new Date(Number(row.last.slice(0, 13)) - MAX_AHEAD_MS).toISOString())}</Table.Td>
                <Table.Td>
                  {format.dateTime(row.receivedAt)}
                  {row.via && (
                    <Text size="xs" c="dimmed">
                      {t('sync.held.via', { office: row.via.office })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
