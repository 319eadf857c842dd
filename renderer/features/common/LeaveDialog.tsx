import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Asks, on leaving a form with unsaved changes, whether to stay, keep them as a draft or discard them. */
export function LeaveDialog({ opened, busy, onStay, onKeep, onDiscard }: { opened: boolean; busy: boolean; onStay(): void; onKeep(): void; onDiscard(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onStay} title={t('common.unsavedBody')} centered size="lg" data-testid="leave-dialog">
      <Stack>
        <Text size="sm">{t('drafts.leaveHint')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="subtle" color="red" onClick={onDiscard} disabled={busy}>
            {t('drafts.discard')}
          </Button>
          <Button variant="default" onClick={onKeep} loading={busy}>
            {t('drafts.keep')}
          </Button>
          <Button onClick={onStay} disabled={busy} data-autofocus>
            {t('drafts.stay')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
