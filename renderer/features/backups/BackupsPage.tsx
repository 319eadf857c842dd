import { Alert, Button, Code, Group, NumberInput, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_BACKUPS_KEPT, parseBackupFileName, type BackupSettings } from '../../../shared/backup/backup-format';
import type { BackupFile } from '../../../shared/ipc/contract';
import { loadBackupSettings, saveBackupSettings } from '../../backup/backups';
import { useFormat } from '../../i18n/use-format';
import { platform } from '../../platform';
import { describeError } from '../common/describe-error';
import { Section } from '../common/Section';
import { RestoreModal, restoredNoticeDate, restoredNoticeShown } from './RestoreModal';
import { backUpByHand, useBackupServices } from './use-backups';

/** Scheduled backup intervals offered, in hours (0 = only before imports). */
const INTERVALS = ['0', '1', '4', '24', '168'] as const;

/**
 * The backups page: where backups go, how often and how many, a backup on demand, and the list
 * of backups with a restore that previews before it changes anything.
 */
export function BackupsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const services = useBackupServices();
  const [files, setFiles] = useState<BackupFile[] | null>(null);
  const [settings, setSettings] = useState<BackupSettings | null>(null);
  const [location, setLocation] = useState('');
  const [working, setWorking] = useState(false);
  const [restoring, setRestoring] = useState<string | null>(null);
  const [restored] = useState(restoredNoticeDate);
  useEffect(() => {
    if (restored) restoredNoticeShown();
  }, [restored]);

  const refresh = useCallback(() => services.shelf.list().then(setFiles), [services.shelf]);
  useEffect(() => {
    void refresh();
    void loadBackupSettings(services.db).then(setSettings);
    void platform.getAppInfo().then((info) => setLocation(info.backupsPath));
  }, [refresh, services.db]);

  const change = (patch: Partial<BackupSettings>) => {
    if (!settings) return;
    const next = { ...settings, ...patch };
    setSettings(next);
    saveBackupSettings(services.db, next).catch((error: unknown) =>
      notifications.show({ color: 'red', message: t('errors.saveFailed', { reason: describeError(error, t) }) }),
    );
  };

  const backUpNow = () => {
    setWorking(true);
    void backUpByHand(services, t).then((list) => {
      // A failed backup may still have left a file (one kept rather than deleted at once): list what is there.
      if (list) setFiles(list);
      else void refresh();
      setWorking(false);
    });
  };

  return (
    <Stack maw={900}>
      <Title order={2}>{t('backups.title')}</Title>
      <Text c="dimmed">{t('backups.intro')}</Text>
      {restored && (
        <Alert color="teal" data-testid="restored-notice" withCloseButton={false}>
          {t('backups.restored', { date: format.dateTime(restored) })}
        </Alert>
      )}
      <Section title={t('backups.settings.title')}>
        <Text size="sm">
          {t('backups.location')} <Code data-testid="backups-location">{location}</Code>
        </Text>
        {settings && (
          <Group align="flex-start" grow>
            <Select
              label={t('backups.settings.every')}
              data={INTERVALS.map((hours) => ({ value: hours, label: t(`backups.settings.interval.${hours}`) }))}
              value={String(settings.everyHours)}
              onChange={(value) => value !== null && change({ everyHours: Number(value) })}
              allowDeselect={false}
            />
            <NumberInput
              label={t('backups.settings.keep')}
              description={t('backups.settings.keepHint', { min: MIN_BACKUPS_KEPT })}
              min={MIN_BACKUPS_KEPT}
              max={200}
              clampBehavior="strict"
              allowDecimal={false}
              value={settings.keep}
              onChange={(value) => typeof value === 'number' && value >= MIN_BACKUPS_KEPT && change({ keep: value })}
            />
          </Group>
        )}
        <Group>
          <Button leftSection={<IconDatabaseExport size={18} aria-hidden />} loading={working} onClick={backUpNow}>
            {t('backups.now')}
          </Button>
        </Group>
      </Section>
      <Section title={t('backups.list.title')}>
        {files && files.length === 0 && <Text c="dimmed">{t('backups.list.empty')}</Text>}
        {files && files.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table striped data-testid="backup-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.list.date')}</Table.Th>
                  <Table.Th>{t('backups.list.reason')}</Table.Th>
                  <Table.Th ta="right">{t('backups.list.size')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('backups.list.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {files.map((file) => {
                  const parsed = parseBackupFileName(file.name);
                  return (
                    <Table.Tr key={file.name} data-testid="backup-row" data-name={file.name}>
                      <Table.Td>{parsed ? format.dateTime(parsed.at) : file.name}</Table.Td>
                      <Table.Td>{parsed ? t(`backups.reasons.${parsed.reason}`) : ''}</Table.Td>
                      <Table.Td ta="right">{format.bytes(file.bytes)}</Table.Td>
                      <Table.Td ta="right">
                        <Button size="xs" variant="light" onClick={() => setRestoring(file.name)}>
                          {t('backups.list.restore')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Section>
      {restoring && <RestoreModal name={restoring} onClose={() => setRestoring(null)} />}
    </Stack>
  );
}
