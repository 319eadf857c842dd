import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordMeta } from '../../../shared/domain/record-meta';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';

/** When and by which installation a record was added and last changed (what sync will trace). */
export function RecordInfo({ record }: { record: RecordMeta }) {
  const { t } = useTranslation();
  const { installationId } = useDatabase();
  const format = useFormat();
  const who = (id: string) => (id === installationId ? t('common.thisInstallation') : t('common.installation', { id: id.slice(0, 8) }));
  return (
    <Text size="sm" c="dimmed">
      {t('members.createdBy', { date: format.dateTime(record.createdAt), by: who(record.createdBy) })}
      {record.updatedAt !== record.createdAt && (
        <>
          <br />
          {t('members.updatedBy', { date: format.dateTime(record.updatedAt), by: who(record.updatedBy) })}
        </>
      )}
    </Text>
  );
}
