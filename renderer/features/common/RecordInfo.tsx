import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RecordMeta } from '../../../shared/domain/record-meta';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';

/**
 * When and by which office a record was added and last changed, and, for a change that came in a
 * bundle, which bundle brought it: office, person and when it was imported.
 */
export function RecordInfo({ record }: { record: RecordMeta & { syncedFrom?: string } }) {
  const { t } = useTranslation();
  const { db, installationId } = useDatabase();
  const format = useFormat();
  const peers = useLiveQuery(() => db.peers.toArray(), [db]) ?? [];
  const arrival = useLiveQuery(
    async () => (record.syncedFrom ? ((await db.syncLog.filter((entry) => entry.direction === 'import' && entry.bundleId === record.syncedFrom).first()) ?? null) : null),
    [db, record.syncedFrom],
  );
  const who = (id: string) =>
    id === installationId
      ? t('common.thisInstallation')
      : (peers.find((peer) => peer.installationId === id)?.office ?? t('common.installation', { id: id.slice(0, 8) }));
  return (
    <Text size="sm" c="dimmed" data-testid="record-info">
      {t('members.createdBy', { date: format.dateTime(record.createdAt), by: who(record.createdBy) })}
      {record.updatedAt !== record.createdAt && (
        <>
          <br />
          {t('members.updatedBy', { date: format.dateTime(record.updatedAt), by: who(record.updatedBy) })}
        </>
      )}
      {arrival && (
        <>
          <br />
          {t('common.arrivedFrom', { office: arrival.office ?? '', person: arrival.person ?? '', date: format.dateTime(arrival.at) })}
        </>
      )}
    </Text>
  );
}
