import { Center, Loader, MantineProvider, mergeThemeOverrides, Modal, Notification, Stack, Text } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import type { NearDatabase } from '../db/database';
import { DatabaseGate } from '../db/database-context';
import { UnsavedChangesGuard } from '../features/common/unsaved-changes';
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

/**
 * A data router, because only it can hold a navigation back (react-router's useBlocker) while a
 * form asks whether to keep its unsaved changes; the screens themselves stay in AppLayout's routes.
 */
function createRouter() {
  return createHashRouter([
    {
      path: '*',
      element: (
        <UnsavedChangesGuard>
          <AppLayout />
        </UnsavedChangesGuard>
      ),
    },
  ]);
}

/** The whole renderer: theme, notifications, the database gate and the routed screens. */
export function App({ db }: { db: NearDatabase }) {
  const { t } = useTranslation();
  const [router] = useState(createRouter);
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
        <RouterProvider router={router} />
      </DatabaseGate>
    </MantineProvider>
  );
}
