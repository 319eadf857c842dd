import { Badge, createTheme, Table, type AlertStylesNames, type CSSVariablesResolver } from '@mantine/core';
import classes from './theme.module.css';

/** One theme for light and dark; CJK fonts first so Chinese, Japanese and Korean names read well. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Microsoft YaHei", "Malgun Gothic", "Yu Gothic UI", sans-serif',
  focusRing: 'auto',
  // Menus, dialogs and notifications appear without animation for anyone whose system asks for less motion.
  respectReducedMotion: true,
  components: {
    // A plain object rather than Alert.extend(), which would bring the alert's code (no alert is on the first screen) to the window's start.
    Alert: { classNames: { message: classes.alertMessage } satisfies Partial<Record<AlertStylesNames, string>> },
    Badge: Badge.extend({ classNames: { root: classes.badgeRoot, label: classes.badgeLabel } }),
    Table: Table.extend({ classNames: { th: classes.tableTh } }),
  },
});

/** The colours badges, alerts and buttons use; green is left out (no shade of it holds 4.5:1 under white text). */
const COLOURS = ['red', 'teal', 'blue', 'grape', 'gray', 'indigo', 'cyan', 'violet'] as const;

/**
 * Mantine's default shades give small text less than the 4.5:1 contrast WCAG AA asks for (dimmed
 * grey, links, badge text, white on a mid-tone fill); axe-core finds them on every screen. The
 * darkest shade for text and fills in light mode, and lighter text in dark mode, keep the look
 * and pass.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Field errors and their labels are small red text.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-anchor': 'var(--mantine-color-indigo-8)',
    // No yellow shade reads on a light yellow ground: warning badges and alerts use dark text on it.
    '--mantine-color-yellow-light-color': 'var(--mantine-color-dark-7)',
    ...Object.fromEntries(
      COLOURS.flatMap((colour) => [
        [`--mantine-color-${colour}-light`, `var(--mantine-color-${colour}-0)`],
        [`--mantine-color-${colour}-light-color`, `var(--mantine-color-${colour}-9)`],
        [`--mantine-color-${colour}-outline`, `var(--mantine-color-${colour}-9)`],
        [`--mantine-color-${colour}-filled`, `var(--mantine-color-${colour}-9)`],
        [`--mantine-color-${colour}-text`, `var(--mantine-color-${colour}-9)`],
      ]),
    ),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    ...Object.fromEntries(
      COLOURS.flatMap((colour) => [
        [`--mantine-color-${colour}-light-color`, `var(--mantine-color-${colour}-2)`],
        [`--mantine-color-${colour}-outline`, `var(--mantine-color-${colour}-3)`],
        [`--mantine-color-${colour}-filled`, `var(--mantine-color-${colour}-9)`],
        [`--mantine-color-${colour}-text`, `var(--mantine-color-${colour}-3)`],
      ]),
    ),
  },
});
