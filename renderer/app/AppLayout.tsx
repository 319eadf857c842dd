import { ActionIcon, AppShell, Button, Center, Group, Kbd, Loader, Title } from '@mantine/core';
import { IconInfoCircle, IconKeyboard, IconSearch } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { useNeedsFirstRun } from '../db/queries';
import { useWarmTimeline } from '../features/activity/warm-timeline';
import { useBackupSchedule } from '../features/backups/use-backups';
import { MembersPage } from '../features/members/MembersPage';
import { SyncProvider } from '../sync/sync-context';
import { AppNavigation, NAV_COLLAPSED_WIDTH, NAV_WIDTH, useNavCollapsed } from './AppNavigation';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageSwitcher } from './LanguageSwitcher';
import { DeferredTooltip } from '../features/common/deferred-widgets';
import { ariaKeyShortcuts, shortcutLabel } from '../features/common/shortcut-label';
import { useHelpKey } from './use-help-key';
import { SkipLink } from './SkipLink';
import { preloadable, usePreloadWhenIdle } from './preload-screens';
import { useMenuCommands } from './use-menu-commands';

/** A component loaded when first rendered, from a module that exports it by name. */
function lazyNamed<K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// Offered once, on a registry that has never held anything.
const FirstRun = lazyNamed(() => import('../features/first-run/FirstRun'), 'FirstRun');

// The dialogs come after the first screen, off its way.
const AboutModal = lazyNamed(() => import('./AboutModal'), 'AboutModal');
const GlobalSearch = lazyNamed(() => import('./search/GlobalSearch'), 'GlobalSearch');
const ShortcutsModal = lazyNamed(() => import('./ShortcutsModal'), 'ShortcutsModal');

// Only the first screen (the members list) comes with the app; every other screen, the dashboard's
// charts and the report above all, is loaded when first opened, behind Screens' loader.
const DashboardPage = preloadable(() => import('../features/dashboard/DashboardPage'), 'DashboardPage');
const ReportPage = lazyNamed(() => import('../features/report/ReportPage'), 'ReportPage');
const FollowUpsPage = lazyNamed(() => import('../features/activity/FollowUpsPage'), 'FollowUpsPage');
const RollCallPage = lazyNamed(() => import('../features/assembly/RollCallPage'), 'RollCallPage');
const MeetingDetailPage = lazyNamed(() => import('../features/activity/MeetingDetailPage'), 'MeetingDetailPage');
const MeetingEditPage = lazyNamed(() => import('../features/activity/MeetingEditPage'), 'MeetingEditPage');
const TimelinePage = preloadable(() => import('../features/activity/TimelinePage'), 'TimelinePage');
const VisitDetailPage = lazyNamed(() => import('../features/activity/VisitDetailPage'), 'VisitDetailPage');
const VisitEntryPage = lazyNamed(() => import('../features/activity/VisitEntryPage'), 'VisitEntryPage');
const CommitteeDetailPage = lazyNamed(() => import('../features/committees/CommitteeDetailPage'), 'CommitteeDetailPage');
const CommitteeEditPage = lazyNamed(() => import('../features/committees/CommitteeEditPage'), 'CommitteeEditPage');
const CommitteesPage = lazyNamed(() => import('../features/committees/CommitteesPage'), 'CommitteesPage');
const BackupsPage = lazyNamed(() => import('../features/backups/BackupsPage'), 'BackupsPage');
const DuesPage = lazyNamed(() => import('../features/dues/DuesPage'), 'DuesPage');
const MemberDetailPage = lazyNamed(() => import('../features/members/MemberDetailPage'), 'MemberDetailPage');
const MemberEditPage = lazyNamed(() => import('../features/members/MemberEditPage'), 'MemberEditPage');
const ReportTextEditPage = lazyNamed(() => import('../features/secretariat/ReportTextEditPage'), 'ReportTextEditPage');
const SecretariatPage = lazyNamed(() => import('../features/secretariat/SecretariatPage'), 'SecretariatPage');
const StaffEditPage = lazyNamed(() => import('../features/secretariat/StaffEditPage'), 'StaffEditPage');
const ProfilePage = lazyNamed(() => import('../features/settings/ProfilePage'), 'ProfilePage');
const ConflictsPage = lazyNamed(() => import('../features/sync/ConflictsPage'), 'ConflictsPage');
const ImportPage = lazyNamed(() => import('../features/sync/ImportPage'), 'ImportPage');
const SyncPage = lazyNamed(() => import('../features/sync/SyncPage'), 'SyncPage');
/** The screens most opened after the registry, fetched while the window is idle so they open at once. */
const PRELOADED_SCREENS = [TimelinePage, DashboardPage];

/** What the main area shows while its data or a screen's code loads. */
function ScreenLoader() {
  const { t } = useTranslation();
  return (
    <Center h="50vh">
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

function Screens() {
  return (
    <Routes>
      <Route path="/" element={<Navigate to="/members" replace />} />
      <Route path="/members" element={<MembersPage />} />
      <Route path="/members/new" element={<MemberEditPage />} />
      <Route path="/members/:id" element={<MemberDetailPage />} />
      <Route path="/members/:id/edit" element={<MemberEditPage />} />
      <Route path="/committees" element={<CommitteesPage />} />
      <Route path="/committees/new" element={<CommitteeEditPage />} />
      <Route path="/committees/:id" element={<CommitteeDetailPage />} />
      <Route path="/committees/:id/edit" element={<CommitteeEditPage />} />
      <Route path="/activity" element={<TimelinePage />} />
      <Route path="/activity/visits/new" element={<VisitEntryPage />} />
      <Route path="/activity/visits/:id" element={<VisitDetailPage />} />
      <Route path="/activity/visits/:id/edit" element={<VisitEntryPage />} />
      <Route path="/activity/meetings/new" element={<MeetingEditPage />} />
      <Route path="/activity/meetings/:id" element={<MeetingDetailPage />} />
      <Route path="/activity/meetings/:id/edit" element={<MeetingEditPage />} />
      <Route path="/activity/meetings/:id/roll-call" element={<RollCallPage />} />
      <Route path="/follow-ups" element={<FollowUpsPage />} />
      <Route path="/dashboard" element={<DashboardPage />} />
      <Route path="/dues" element={<DuesPage />} />
      <Route path="/report" element={<ReportPage />} />
      <Route path="/secretariat" element={<SecretariatPage />} />
      <Route path="/secretariat/staff/new" element={<StaffEditPage />} />
      <Route path="/secretariat/staff/:id" element={<StaffEditPage />} />
      <Route path="/secretariat/staff/:id/edit" element={<StaffEditPage />} />
      <Route path="/secretariat/texts/new" element={<ReportTextEditPage />} />
      <Route path="/secretariat/texts/:id" element={<ReportTextEditPage />} />
      <Route path="/secretariat/texts/:id/edit" element={<ReportTextEditPage />} />
      <Route path="/sync" element={<SyncPage />} />
      <Route path="/sync/import" element={<ImportPage />} />
      <Route path="/sync/conflicts" element={<ConflictsPage />} />
      <Route path="/profile" element={<ProfilePage />} />
      <Route path="/backups" element={<BackupsPage />} />
      <Route path="*" element={<Navigate to="/members" replace />} />
    </Routes>
  );
}

/** The window's frame: title bar with language and theme, navigation, and the current screen. */
export function AppLayout() {
  return (
    <SyncProvider>
      <Frame />
    </SyncProvider>
  );
}

function Frame() {
  const { t } = useTranslation();
  const needsFirstRun = useNeedsFirstRun();
  const [dialog, setDialog] = useState<'about' | 'search' | 'shortcuts' | null>(null);
  const showAbout = useCallback(() => setDialog('about'), []);
  const showSearch = useCallback(() => setDialog('search'), []);
  const showShortcuts = useCallback(() => setDialog('shortcuts'), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const nav = useNavCollapsed();
  const helpShortcut = shortcutLabel('app:shortcuts');
  useMenuCommands({ showAbout, showSearch, showShortcuts });
  useHelpKey(showShortcuts);
  useWarmTimeline(needsFirstRun === false);
  usePreloadWhenIdle(needsFirstRun === false, PRELOADED_SCREENS);
  useBackupSchedule(needsFirstRun === false);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: nav.collapsed ? NAV_COLLAPSED_WIDTH : NAV_WIDTH, breakpoint: 0 }} padding="md">
      <SkipLink target="main" />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={1} size="h4">
            {t('app.name')}
          </Title>
          <Group gap="xs" wrap="nowrap">
            {needsFirstRun === false && (
              <Button
                variant="default"
                leftSection={<IconSearch size={16} aria-hidden />}
                rightSection={<Kbd size="xs">{shortcutLabel('app:search')}</Kbd>}
                onClick={showSearch}
                aria-keyshortcuts={ariaKeyShortcuts('app:search')}
                data-testid="open-search"
              >
                {t('find.open')}
              </Button>
            )}
            <LanguageSwitcher />
            <ColorSchemeToggle />
            <DeferredTooltip label={`${t('find.shortcuts.title')} (${helpShortcut})`} openDelay={300}>
              <ActionIcon variant="default" size="lg" onClick={showShortcuts} aria-label={t('find.shortcuts.title')} aria-keyshortcuts={ariaKeyShortcuts('app:shortcuts')}>
                <IconKeyboard size={18} aria-hidden />
              </ActionIcon>
            </DeferredTooltip>
            <ActionIcon variant="default" size="lg" onClick={showAbout} aria-label={t('about.title')} title={t('about.title')}>
              <IconInfoCircle size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </AppShell.Header>
      <AppNavigation collapsed={nav.collapsed} onToggle={nav.toggle} />
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        {/* Every screen but the members list, and the first run's offer, load when first shown. */}
        <Suspense fallback={<ScreenLoader />}>{needsFirstRun === undefined ? <ScreenLoader /> : needsFirstRun ? <FirstRun /> : <Screens />}</Suspense>
      </AppShell.Main>
      <Suspense fallback={null}>
        <AboutModal opened={dialog === 'about'} onClose={closeDialog} />
        <ShortcutsModal opened={dialog === 'shortcuts'} onClose={closeDialog} />
        {needsFirstRun === false && <GlobalSearch opened={dialog === 'search'} onClose={closeDialog} />}
      </Suspense>
    </AppShell>
  );
}
