import { Center, Loader, MantineProvider, mergeThemeOverrides, Modal, Notification, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { HashRouter } from 'react-router';
import type { NearDatabase } from '../db/database';
import { DatabaseGate } from '../db/database-context';
import { DatabaseErrorScreen } from '../features/db-error/DatabaseErrorScreen';
import { AppLayout } from './AppLayout';
import { cssVariablesResolver, theme } from './theme';

function Opening() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Stack align="center">
        <Loader aria-hidden />
        <Text>{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}

/** The whole renderer: theme, notifications, the database gate and the routed screens. */
export function App({ db }: { db: NearDatabase }) {
  const { t } = useTranslation();
  // Notifications' close button is an icon; screen readers need its name, in the UI language.
  const localizedTheme = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } }),
        },
      }),
    [t],
  );
  return (
    <MantineProvider theme={localizedTheme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="bottom-right" />
      <DatabaseGate
        db={db}
        loading={<Opening />}
        failed={(failure, retry) => <DatabaseErrorScreen failure={failure} onRetry={retry} />}
      >
        <HashRouter>
          <AppLayout />
        </HashRouter>
      </DatabaseGate>
    </MantineProvider>
  );
}
