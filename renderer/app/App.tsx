import { Center, Loader, MantineProvider, mergeThemeOverrides, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createHashRouter, RouterProvider } from 'react-router';
import type { NearDatabase } from '../db/database';
import { DatabaseGate } from '../db/database-context';
import type { OpenResult } from '../db/open-database';
import { UnsavedChangesGuard } from '../features/common/unsaved-changes';
import { AppLayout } from './AppLayout';
import { cssVariablesResolver, theme } from './theme';

// Off the first screen's way: the notifications' stack (a notification shown before it loads waits
// in the store) and the screen for a database that did not open.
const Notifications = lazy(() => import('@mantine/notifications').then((module) => ({ default: module.Notifications })));
const DatabaseErrorScreen = lazy(() => import('../features/db-error/DatabaseErrorScreen').then((module) => ({ default: module.DatabaseErrorScreen })));

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

/**
 * The whole renderer: theme, notifications, the database gate and the routed screens. `opening` is
 * the database's opening if main started it already (see DatabaseGate).
 */
export function App({ db, opening }: { db: NearDatabase; opening?: Promise<OpenResult> }) {
  const { t } = useTranslation();
  const [router] = useState(createRouter);
  // Notifications' close button is an icon; screen readers need its name, in the UI language. Plain
  // objects rather than Modal.extend(), which would bring the modal's code to the first screen.
  const localizedTheme = useMemo(() => {
    const closeButton = { defaultProps: { closeButtonProps: { 'aria-label': t('common.close') } } };
    return mergeThemeOverrides(theme, { components: { Notification: closeButton, Modal: closeButton } });
  }, [t]);
  return (
    <MantineProvider theme={localizedTheme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Suspense fallback={null}>
        <Notifications position="bottom-right" />
      </Suspense>
      <DatabaseGate
        db={db}
        opening={opening}
        loading={<Opening />}
        failed={(failure, retry) => (
          <Suspense fallback={<Opening />}>
            <DatabaseErrorScreen failure={failure} onRetry={retry} />
          </Suspense>
        )}
      >
        <RouterProvider router={router} />
      </DatabaseGate>
    </MantineProvider>
  );
}
