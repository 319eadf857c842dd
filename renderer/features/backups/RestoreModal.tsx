import { Alert, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PREVIEW_LOCAL_TABLES, type PreviewTable } from '../../../shared/backup/backup-format';
import { previewRestore, restoreBackup } from '../../backup/backups';
import type { RestorePlan } from '../../backup/snapshot';
import { useFormat } from '../../i18n/use-format';
import { describeSyncError } from '../sync/describe-sync-error';
import { useBackupServices } from './use-backups';

/** Survives the reload after a restore, so the page can say what happened. */
const RESTORED_KEY = 'near-desk:restored';

/** The restored backup's date for this page load: read from the session once, then kept here until shown. */
let restoredNotice: string | null | undefined;

/**
 * The date of the backup restored just before this reload, until the notice has been shown. Reading
 * it does not use it up: a render React throws away (the page waiting for a lazily loaded part or
 * for strings) reads it again; `restoredNoticeShown` does, once the notice is on screen.
 */
export function restoredNoticeDate(): string | null {
  if (restoredNotice === undefined) {
    restoredNotice = sessionStorage.getItem(RESTORED_KEY);
    sessionStorage.removeItem(RESTORED_KEY);
  }
  return restoredNotice;
}

/** The notice was shown: it is not shown again in this page load. */
export function restoredNoticeShown(): void {
  restoredNotice = null;
}

type Phase =
  | { step: 'reading' }
  | { step: 'preview'; token: string; plan: RestorePlan }
  | { step: 'restoring'; plan: RestorePlan }
  | { step: 'refused'; message: string };

function useTableName() {
  const { t } = useTranslation();
  return (table: PreviewTable) =>
    (PREVIEW_LOCAL_TABLES as readonly string[]).includes(table)
      ? t(`backups.tables.${table as (typeof PREVIEW_LOCAL_TABLES)[number]}`)
      : t(`sync.collections.${table as Exclude<PreviewTable, (typeof PREVIEW_LOCAL_TABLES)[number]>}`);
}

/**
 * Restoring one backup: the file is read and checked whole first, the preview compares it with the
 * data now, and only "Restore" changes anything. After the restore the window reloads, so every
 * screen and in-memory list starts from the restored data.
 */
export function RestoreModal({ name, onClose }: { name: string; onClose(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const tableName = useTableName();
  const services = useBackupServices();
  const [phase, setPhase] = useState<Phase>({ step: 'reading' });

  useEffect(() => {
    previewRestore(services, name).then(
      ({ token, plan }) => setPhase({ step: 'preview', token, plan }),
      (error: unknown) => setPhase({ step: 'refused', message: describeSyncError(error, t) }),
    );
  }, [services, name, t]);

  const confirm = (token: string, plan: RestorePlan) => {
    setPhase({ step: 'restoring', plan });
    restoreBackup(services, token).then(
      () => {
        sessionStorage.setItem(RESTORED_KEY, plan.header.createdAt);
        window.location.reload();
      },
      (error: unknown) => setPhase({ step: 'refused', message: t('backups.failed', { reason: describeSyncError(error, t) }) }),
    );
  };

  const plan = phase.step === 'preview' || phase.step === 'restoring' ? phase.plan : null;
  return (
    <Modal
      opened
      onClose={phase.step === 'restoring' ? () => undefined : onClose}
      size="lg"
      title={plan ? t('backups.preview.title', { date: format.dateTime(plan.header.createdAt) }) : t('backups.preview.reading')}
    >
      <Stack data-testid="restore-preview">
        {phase.step === 'reading' && (
          <Group>
            <Loader size="sm" aria-hidden />
            <Text>{t('backups.preview.reading')}</Text>
          </Group>
        )}
        {phase.step === 'refused' && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />} data-testid="restore-refused">
            {phase.message}
          </Alert>
        )}
        {plan && (
          <>
            <Text size="sm">
              {t('backups.preview.made', {
                version: plan.header.appVersion,
                reason: t(`backups.reasons.${plan.header.reason}`),
                office: plan.header.profile?.office ?? '—',
              })}
            </Text>
            <Table data-testid="restore-counts">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backups.preview.table')}</Table.Th>
                  <Table.Th ta="right">{t('backups.preview.now')}</Table.Th>
                  <Table.Th ta="right">{t('backups.preview.backup')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {plan.rows.map((row) => (
                  <Table.Tr key={row.table} data-table={row.table} fw={row.now === row.backup ? undefined : 700}>
                    <Table.Td>{tableName(row.table)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.now)}</Table.Td>
                    <Table.Td ta="right">{format.number(row.backup)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">{t('backups.preview.explain')}</Text>
            {plan.otherInstallation && (
              <Alert color="blue" data-testid="restore-other-installation">
                {t('backups.preview.otherInstallation')}
              </Alert>
            )}
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={phase.step === 'restoring'}>
            {t('common.cancel')}
          </Button>
          {plan && (
            <Button
              color="red"
              loading={phase.step === 'restoring'}
              onClick={() => phase.step === 'preview' && confirm(phase.token, phase.plan)}
            >
              {t('backups.preview.confirm')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
