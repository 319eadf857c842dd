import { Code, Modal, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc/contract';
import { useIdentity } from '../features/sync/use-identity';
import { platform } from '../platform';

/**
 * About NEAR Desk (Help menu, or the title bar's button): the version, where the data and backups
 * live, and which office and key this installation signs bundles with — what IT support and
 * another office comparing fingerprints ask for.
 */
export function AboutModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const identity = useIdentity();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    if (opened) void platform.getAppInfo().then(setInfo);
  }, [opened]);
  const signer = identity && 'identity' in identity ? identity.identity : null;
  const rows: Array<[string, string, string]> = info
    ? [
        ['version', t('about.version'), `${info.version} (${info.platform})`],
        ['office', t('about.office'), signer ? `${signer.office} · ${signer.person}` : t('about.notSetUp')],
        ['fingerprint', t('about.fingerprint'), signer?.fingerprint ?? t('about.noKey')],
        ['data', t('about.dataFolder'), info.userDataPath],
        ['backups', t('about.backupsFolder'), info.backupsPath],
        ['updates', t('about.updates'), t('about.updatesOff')],
      ]
    : [];
  return (
    <Modal opened={opened} onClose={onClose} title={t('about.title')} size="lg">
      <Text fw={700} size="lg">
        {info ? `${info.name} ${info.version}` : t('app.name')}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('about.tagline')}
      </Text>
      <Table variant="vertical" layout="fixed" data-testid="about">
        <Table.Tbody>
          {rows.map(([key, label, value]) => (
            <Table.Tr key={key} data-row={key}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{key === 'fingerprint' || key === 'data' || key === 'backups' ? <Code>{value}</Code> : value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
