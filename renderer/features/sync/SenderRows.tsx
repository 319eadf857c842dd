import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleSender } from '../../../shared/sync/bundle-format';
import { useFormat } from '../../i18n/use-format';

/**
 * Who sent a bundle, when and what kind it is: the rows every view of a bundle starts with (first
 * contact, preview, summary). Names from the file are isolated (`bdi`), so they cannot reorder
 * the text around them.
 */
export function SenderTable({ sender, createdAt, full, encrypted, children }: { sender: BundleSender; createdAt: string; full: boolean; encrypted: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table variant="vertical" layout="fixed" withTableBorder={false} data-testid="bundle-sender">
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={200}>{t('sync.import.from')}</Table.Th>
          <Table.Td>
            <bdi>{sender.office}</bdi> · <bdi>{sender.person}</bdi> · {t(`sync.roles.${sender.role}`)}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>{t('sync.import.made')}</Table.Th>
          <Table.Td>{format.dateTime(createdAt)}</Table.Td>
        </Table.Tr>
        {children}
        <Table.Tr>
          <Table.Th>{t('sync.import.kind')}</Table.Th>
          <Table.Td>
            {t(full ? 'sync.history.full' : 'sync.history.incremental')}
            {encrypted ? ` · ${t('sync.history.encrypted')}` : ''}
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}
