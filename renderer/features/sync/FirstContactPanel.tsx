import { Alert, Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirstContact } from '../../sync/protocol';
import { SenderTable } from './SenderRows';

/**
 * The first bundle from an office: who it says it is and its key's fingerprint, to compare with
 * the office by phone. Nothing inside the bundle is decrypted or read until the person trusts it.
 */
export function FirstContactPanel({ firstContact, onTrust, onCancel }: { firstContact: FirstContact; onTrust(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [trust, setTrust] = useState(false);
  const { sender } = firstContact;
  return (
    <Alert color="yellow" icon={<IconAlertTriangle aria-hidden />} title={t('sync.import.firstContact', { office: sender.office })} data-testid="first-contact">
      <Stack gap="sm">
        <SenderTable sender={sender} createdAt={firstContact.createdAt} full={firstContact.full} encrypted={firstContact.encrypted} />
        <Text size="sm">{t('sync.import.compareFingerprint')}</Text>
        <Code fz="lg" data-testid="fingerprint-to-trust">
          {firstContact.fingerprint}
        </Code>
        <Text size="sm">
          {t('sync.import.nothingReadYet')}
        </Text>
        <Checkbox
          label={t('sync.import.trust', { office: sender.office, role: t(`sync.roles.${sender.role}`) })}
          checked={trust}
          onChange={(event) => setTrust(event.currentTarget.checked)}
        />
        <Group>
          <Button onClick={onTrust} disabled={!trust}>
            {t('sync.import.trustAndContinue')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
