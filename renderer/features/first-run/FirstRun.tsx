import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDatabase } from '../../db/database-context';
import { loadProfile } from '../../domain/profile';
import { SetupSteps } from '../common/SetupSteps';
import { describeError } from '../common/describe-error';

/**
 * The empty registry's first screen: one click loads the 2018 sample, or start from nothing; then
 * the run goes on once to setting up this laptop (office, part in sync, name), unless it already is.
 */
export function FirstRun() {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const navigate = useNavigate();
  // Where the registry opens once it has data: chosen before the data arrives, because this screen
  // gives way to the routed screens the moment it does, at whatever address the window is.
  const leadOn = async () => {
    const profile = await loadProfile(db);
    await navigate(profile?.role ? '/members' : '/profile?setup', { replace: true });
  };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    setBusy(true);
    setError(null);
    try {
      // The sample (the 2018 report's texts) is a quarter of a megabyte: fetched only when asked for.
      const { loadSampleData } = await import('../../domain/sample');
      await leadOn();
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
        <SetupSteps active={0} />
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
          <Button variant="default" onClick={() => void leadOn().then(() => import('../../domain/sample')).then(({ startEmpty }) => startEmpty(db))} disabled={busy}>
            {t('firstRun.empty')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
