import { ActionIcon, AppShell, Badge, Indicator, NavLink } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconBuildingCommunity,
  IconChartBar,
  IconChecklist,
  IconCoin,
  IconDatabase,
  IconDeviceLaptop,
  IconFileText,
  IconId,
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconTimeline,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, useLocation } from 'react-router';
import type { ShortcutCommand } from '../../shared/ipc/shortcuts';
import { useOpenConflictCount } from '../db/queries';
import { DeferredTooltip } from '../features/common/deferred-widgets';
import { ariaKeyShortcuts, shortcutLabel } from '../features/common/shortcut-label';

/** The navigation's sections, in order, with the menu command that opens each (if it has a shortcut). */
const SECTIONS = [
  { path: '/members', label: 'nav.members', Icon: IconUsersGroup, command: 'navigate:members' },
  { path: '/committees', label: 'nav.committees', Icon: IconBuildingCommunity, command: 'navigate:committees' },
  { path: '/activity', label: 'nav.timeline', Icon: IconTimeline, command: 'navigate:activity' },
  { path: '/follow-ups', label: 'nav.followUps', Icon: IconChecklist, command: 'navigate:follow-ups' },
  { path: '/dashboard', label: 'nav.dashboard', Icon: IconChartBar },
  { path: '/dues', label: 'nav.dues', Icon: IconCoin },
  { path: '/report', label: 'nav.report', Icon: IconFileText },
  { path: '/secretariat', label: 'nav.secretariat', Icon: IconId },
  { path: '/sync', label: 'nav.sync', Icon: IconArrowsExchange },
  { path: '/backups', label: 'nav.backups', Icon: IconDatabase },
  { path: '/profile', label: 'nav.profile', Icon: IconDeviceLaptop },
] as const satisfies ReadonlyArray<{ path: string; label: string; Icon: unknown; command?: ShortcutCommand }>;

/** The navigation's width with labels, and as a column of icons. */
export const NAV_WIDTH = 220;
export const NAV_COLLAPSED_WIDTH = 60;
/** Below this window width the navigation starts as icons, leaving the screen the room. */
const NARROW = '(max-width: 1199.98px)';

/**
 * Whether the navigation shows icons only: by default below ~1200 px; the toggle overrides that
 * until the window crosses the threshold again.
 */
export function useNavCollapsed(): { collapsed: boolean; toggle(): void } {
  const narrow = useMediaQuery(NARROW, window.matchMedia(NARROW).matches, { getInitialValueInEffect: false });
  const [choice, setChoice] = useState<{ narrow: boolean; collapsed: boolean } | null>(null);
  const collapsed = choice && choice.narrow === narrow ? choice.collapsed : narrow;
  return { collapsed, toggle: () => setChoice({ narrow, collapsed: !collapsed }) };
}

/** The sections of the app, as labelled links or (collapsed) icons whose name and shortcut show on hover and focus. */
export function AppNavigation({ collapsed, onToggle }: { collapsed: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  // Conflicts are easy to overlook; the badge stays until every one is reviewed.
  const openConflicts = useOpenConflictCount();
  const { pathname } = useLocation();
  const conflictsLabel = t('sync.conflicts.pending', { count: openConflicts });

  return (
    <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')} data-collapsed={collapsed} data-testid="main-nav">
      {SECTIONS.map((section) => {
        const { path, Icon } = section;
        const label = t(section.label);
        const command = 'command' in section ? section.command : undefined;
        const shortcut = command ? shortcutLabel(command) : undefined;
        const conflicts = path === '/sync' && openConflicts > 0;
        const tip = [collapsed ? label : '', shortcut ?? '', collapsed && conflicts ? conflictsLabel : ''].filter(Boolean).join(' · ');
        const link = (
          <NavLink
            key={path}
            component={RouterLink}
            to={path}
            label={collapsed ? undefined : label}
            aria-label={collapsed ? label : undefined}
            aria-keyshortcuts={command ? ariaKeyShortcuts(command) : undefined}
            leftSection={
              collapsed && conflicts ? (
                <Indicator color="orange" size={8} offset={2}>
                  <Icon size={20} aria-hidden />
                </Indicator>
              ) : (
                <Icon size={collapsed ? 20 : 18} aria-hidden />
              )
            }
            rightSection={
              !collapsed && conflicts ? (
                <Badge color="red" size="sm" circle={openConflicts < 10} aria-label={conflictsLabel}>
                  {openConflicts}
                </Badge>
              ) : undefined
            }
            active={pathname.startsWith(path)}
            styles={collapsed ? { root: { justifyContent: 'center' }, section: { marginInlineEnd: 0 } } : undefined}
          />
        );
        return tip ? (
          <DeferredTooltip key={path} label={tip} position="right" openDelay={300} withArrow>
            {link}
          </DeferredTooltip>
        ) : (
          link
        );
      })}
      <DeferredTooltip label={t(collapsed ? 'find.nav.expand' : 'find.nav.collapse')} position="right" openDelay={300} withArrow>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          mt="auto"
          ml={collapsed ? 'auto' : undefined}
          mr={collapsed ? 'auto' : undefined}
          onClick={onToggle}
          aria-label={t(collapsed ? 'find.nav.expand' : 'find.nav.collapse')}
          aria-expanded={!collapsed}
          data-testid="nav-toggle"
        >
          {collapsed ? <IconLayoutSidebarLeftExpand size={20} aria-hidden /> : <IconLayoutSidebarLeftCollapse size={20} aria-hidden />}
        </ActionIcon>
      </DeferredTooltip>
    </AppShell.Navbar>
  );
}
