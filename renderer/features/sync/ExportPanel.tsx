import { Section } from '../common/Section';
import { Button, Checkbox, Group, PasswordInput, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLE_EXTENSION } from '../../../shared/sync/bundle-format';
import { stripUnsafe } from '../../../shared/sync/text-safety';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { platform } from '../../platform';
import { useSync } from '../../sync/sync-context';
import { describeSyncError } from './describe-sync-error';

const ANY_OFFICE = '';

/** A file name that says who made the bundle, for whom and when, safe on every file system. */
function bundleFileName(from: string, to: string | undefined, now: Date): string {
  const safe = (text: string) => stripUnsafe(text).replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-').slice(0, 60);
  const stamp = now.toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return `near-desk-${safe(from)}${to ? `-to-${safe(to)}` : ''}-${stamp}${BUNDLE_EXTENSION}`;
}

/** Export: for an office (only what it has not seen) or everything, optionally passphrase-protected. */
export function ExportPanel({ office, disabled }: { office: string; disabled: boolean }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const { client } = useSync();
  const format = useFormat();
  const peers = useLiveQuery(() => db.peers.toArray(), [db]) ?? [];
  const [recipient, setRecipient] = useState(ANY_OFFICE);
  const [full, setFull] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mismatch = passphrase !== '' && confirmation !== '' && passphrase !== confirmation;
  const peer = peers.find((entry) => entry.installationId === recipient);

  const run = async () => {
    if (passphrase && passphrase !== confirmation) return;
    setBusy(true);
    setError(null);
    try {
      const result = await client.request({ type: 'export', recipient: recipient || undefined, full: full || !recipient, passphrase });
      const saved = await platform.saveBundle(bundleFileName(office, peer?.office, new Date()), result.file);
      if (saved) {
        const records = Object.values(result.counts).reduce((sum, count) => sum + count, 0);
        notifications.show({
          color: 'green',
          message: t(result.full ? 'sync.export.doneFull' : 'sync.export.doneIncremental', {
            records: format.number(records),
            size: format.number(Math.max(1, Math.round(result.bytes / 1024))),
          }),
        });
        setPassphrase('');
        setConfirmation('');
      }
    } catch (failure) {
      setError(describeSyncError(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={t('sync.export.title')} intro={t('sync.export.intro')}>
      <Select
        label={t('sync.export.for')}
        data={[
          { value: ANY_OFFICE, label: t('sync.export.anyOffice') },
          ...peers.filter((entry) => entry.status === 'trusted').map((entry) => ({ value: entry.installationId, label: `${entry.office} · ${entry.person}` })),
        ]}
        value={recipient}
        onChange={(value) => setRecipient(value ?? ANY_OFFICE)}
        allowDeselect={false}
      />
      <Checkbox
        label={t('sync.export.full')}
        description={recipient ? t('sync.export.fullHint') : t('sync.export.fullAlways')}
        checked={full || !recipient}
        disabled={!recipient}
        onChange={(event) => setFull(event.currentTarget.checked)}
      />
      <Group grow align="flex-start">
        <PasswordInput
          label={t('sync.export.passphrase')}
          description={t('sync.export.passphraseHint')}
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          autoComplete="new-password"
        />
        <PasswordInput
          label={t('sync.export.confirm')}
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          disabled={passphrase === ''}
          error={mismatch ? t('sync.export.mismatch') : undefined}
          autoComplete="new-password"
        />
      </Group>
      {error && (
        <Text c="red" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Button
        leftSection={<IconFileExport size={18} aria-hidden />}
        onClick={() => void run()}
        loading={busy}
        disabled={disabled || (passphrase !== '' && passphrase !== confirmation)}
        w="fit-content"
      >
        {t('sync.export.action')}
      </Button>
    </Section>
  );
}
