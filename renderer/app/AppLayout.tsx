import { ActionIcon, AppShell, Badge, Center, Group, Loader, NavLink, Title } from '@mantine/core';
import { IconArrowsExchange, IconBuildingCommunity, IconChartBar, IconChecklist, IconCoin, IconDatabase, IconDeviceLaptop, IconFileText, IconInfoCircle, IconTimeline, IconUsersGroup } from '@tabler/icons-react';
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterLink, Route, Routes, useLocation } from 'react-router';
import { useNeedsFirstRun, useOpenConflictCount } from '../db/queries';
import { FollowUpsPage } from '../features/activity/FollowUpsPage';
import { RollCallPage } from '../features/assembly/RollCallPage';
import { MeetingDetailPage } from '../features/activity/MeetingDetailPage';
import { MeetingEditPage } from '../features/activity/MeetingEditPage';
import { TimelinePage } from '../features/activity/TimelinePage';
import { useWarmTimeline } from '../features/activity/use-timeline';
import { VisitDetailPage } from '../features/activity/VisitDetailPage';
import { VisitEntryPage } from '../features/activity/VisitEntryPage';
import { CommitteeDetailPage } from '../features/committees/CommitteeDetailPage';
import { CommitteeEditPage } from '../features/committees/CommitteeEditPage';
import { CommitteesPage } from '../features/committees/CommitteesPage';
import { BackupsPage } from '../features/backups/BackupsPage';
import { useBackupSchedule } from '../features/backups/use-backups';
import { DuesPage } from '../features/dues/DuesPage';
import { FirstRun } from '../features/first-run/FirstRun';
import { MemberDetailPage } from '../features/members/MemberDetailPage';
import { MemberEditPage } from '../features/members/MemberEditPage';
import { MembersPage } from '../features/members/MembersPage';
import { ProfilePage } from '../features/settings/ProfilePage';
import { ConflictsPage } from '../features/sync/ConflictsPage';
import { ImportPage } from '../features/sync/ImportPage';
import { SyncPage } from '../features/sync/SyncPage';
import { SyncProvider } from '../sync/sync-context';
import { AboutModal } from './AboutModal';
import { ColorSchemeToggle } from './ColorSchemeToggle';
import { LanguageSwitcher } from './LanguageSwitcher';
import { useMenuCommands } from './use-menu-commands';

// The dashboard (charts) and the annual report are large and not the first screen: loaded when opened.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage').then((module) => ({ default: module.DashboardPage })));
const ReportPage = lazy(() => import('../features/report/ReportPage').then((module) => ({ default: module.ReportPage })));

function Screens() {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center h="50vh">
          <Loader aria-label={t('app.loading')} />
        </Center>
      }
    >
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
      <Route path="/sync" element={<SyncPage />} />
      <Route path="/sync/import" element={<ImportPage />} />
      <Route path="/sync/conflicts" element={<ConflictsPage />} />
      <Route path="/profile" element={<ProfilePage />} />
      <Route path="/backups" element={<BackupsPage />} />
      <Route path="*" element={<Navigate to="/members" replace />} />
    </Routes>
    </Suspense>
  );
}

/** The navigation's sections, in order. */
const SECTIONS = [
  { path: '/members', label: 'nav.members', Icon: IconUsersGroup },
  { path: '/committees', label: 'nav.committees', Icon: IconBuildingCommunity },
  { path: '/activity', label: 'nav.timeline', Icon: IconTimeline },
  { path: '/follow-ups', label: 'nav.followUps', Icon: IconChecklist },
  { path: '/dashboard', label: 'nav.dashboard', Icon: IconChartBar },
  { path: '/dues', label: 'nav.dues', Icon: IconCoin },
  { path: '/report', label: 'nav.report', Icon: IconFileText },
  { path: '/sync', label: 'nav.sync', Icon: IconArrowsExchange },
  { path: '/backups', label: 'nav.backups', Icon: IconDatabase },
  { path: '/profile', label: 'nav.profile', Icon: IconDeviceLaptop },
] as const;

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
  // Conflicts are easy to overlook; the badge stays until every one is reviewed.
  const openConflicts = useOpenConflictCount();
  const { pathname } = useLocation();
  const needsFirstRun = useNeedsFirstRun();
  const [aboutOpen, setAboutOpen] = useState(false);
  const showAbout = useCallback(() => setAboutOpen(true), []);
  useMenuCommands({ showAbout });
  useWarmTimeline(needsFirstRun === false);
  useBackupSchedule(needsFirstRun === false);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Title order={1} size="h4">
            {t('app.name')}
          </Title>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitcher />
            <ColorSchemeToggle />
            <ActionIcon variant="default" size="lg" onClick={showAbout} aria-label={t('about.title')} title={t('about.title')}>
              <IconInfoCircle size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
        {SECTIONS.map(({ path, label, Icon }) => (
          <NavLink
            key={path}
            component={RouterLink}
            to={path}
            label={t(label)}
            leftSection={<Icon size={18} aria-hidden />}
            rightSection={
              path === '/sync' && openConflicts > 0 ? (
                <Badge color="orange" size="sm" circle={openConflicts < 10} aria-label={t('sync.conflicts.pending', { count: openConflicts })}>
                  {openConflicts}
                </Badge>
              ) : undefined
            }
            active={pathname.startsWith(path)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">
        {needsFirstRun === undefined ? (
          <Center h="50vh">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : needsFirstRun ? (
          <FirstRun />
        ) : (
          <Screens />
        )}
      </AppShell.Main>
      <AboutModal opened={aboutOpen} onClose={() => setAboutOpen(false)} />
    </AppShell>
  );
}
