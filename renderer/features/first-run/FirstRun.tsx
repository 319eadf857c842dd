import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../db/database-context';
import { describeError } from '../common/describe-error';

/** The empty registry's first screen: one click loads the 2018 sample, or start from nothing. */
export function FirstRun() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      // The sample (the 2018 report's texts) is a quarter of a megabyte: fetched only when asked for.
      const { loadSampleData } = await import('../../domain/sample');
      const counts = await loadSampleData(db);
      notifications.show({ color: 'green', message: t('firstRun.loaded', counts) });
    } catch (failure) {
      // The message supplies its own full stop.
      setError(t('firstRun.failed', { reason: describeError(failure, t).replace(/[.。]\s*$/, '') }));
      setBusy(false);
    }
  };

  return (
    <Card withBorder maw={640} mx="auto" mt="xl" padding="xl" component="section" aria-labelledby="first-run-title">
      <Stack>
        <Title order={2} id="first-run-title">
          {t('firstRun.title')}
        </Title>
        <Text>{t('firstRun.body')}</Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button leftSection={<IconDatabaseImport size={18} aria-hidden />} onClick={load} loading={busy} data-autofocus>
            {t('firstRun.load')}
          </Button>
          <Button variant="default" onClick={() => void import('../../domain/sample').then(({ startEmpty }) => startEmpty(db))} disabled={busy}>
            {t('firstRun.empty')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
