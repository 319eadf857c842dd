import { Section } from '../common/Section';
import { Alert, Anchor, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../db/database-context';
import { useOpenConflictCount } from '../../db/queries';
import { useSync } from '../../sync/sync-context';
import { ExportPanel } from './ExportPanel';
import { HeldSection } from './HeldSection';
import { HistoryTable } from './HistoryTable';
import { OfficesTable } from './OfficesTable';
import { useIdentity } from './use-identity';

/** Sync with other offices: this laptop's identity, export, import, trusted offices and history. */
export function SyncPage() {
  const { t } = useTranslation();
  const { installationId } = useDatabase();
  const { chooseBundle, client } = useSync();
  // The worker loads its code and opens the database while the person reads the page.
  useEffect(() => void client.request({ type: 'warm' }).catch(() => undefined), [client]);
  const identity = useIdentity();
  const openConflicts = useOpenConflictCount();
  if (identity === undefined) return null;
  const ready = 'identity' in identity;

  return (
    <Stack maw={1040}>
      <Title order={2}>{t('sync.title')}</Title>
      <Text c="dimmed">{t('sync.intro')}</Text>
      {ready ? (
        <Section title={t('sync.identity.title')} gap={4}>
          <Text>
            {identity.identity.office} · {identity.identity.person} · {t(`sync.roles.${identity.identity.role}`)}
          </Text>
          <Group gap="xs">
            <Text size="sm">{t('sync.identity.fingerprint')}</Text>
            <Code data-testid="own-fingerprint">{identity.identity.fingerprint}</Code>
          </Group>
        </Section>
      ) : (
        <Alert color="yellow" title={t('sync.identity.setupTitle')}>
          <Text size="sm">{t(`sync.identity.missing.${identity.missing}`)}</Text>
          <Anchor component={Link} to="/profile">
            {t('sync.identity.setupLink')}
          </Anchor>
        </Alert>
      )}
      {openConflicts > 0 && (
        <Alert color="yellow" title={t('sync.conflicts.pending', { count: openConflicts })}>
          <Anchor component={Link} to="/sync/conflicts">
            {t('sync.conflicts.review')}
          </Anchor>
        </Alert>
      )}
      <ExportPanel office={ready ? identity.identity.office : ''} disabled={!ready} />
      <Section title={t('sync.import.title')} intro={t('sync.import.intro')}>
        <Button leftSection={<IconFileImport size={18} aria-hidden />} onClick={() => void chooseBundle()} disabled={!ready} w="fit-content">
          {t('sync.import.choose')}
        </Button>
      </Section>
      <HeldSection />
      <OfficesTable installationId={installationId} />
      <HistoryTable />
    </Stack>
  );
}
