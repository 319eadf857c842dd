import { useComputedColorScheme, useMantineTheme, type MantineTheme } from '@mantine/core';
import { useMemo } from 'react';

/** Mantine colour names a series may take. */
export type Hue =
  | 'blue'
  | 'teal'
  | 'grape'
  | 'red'
  | 'orange'
  | 'yellow'
  | 'lime'
  | 'cyan'
  | 'pink'
  | 'violet'
  | 'gray'
  | 'indigo'
  | 'green';

/**
 * Concrete colours for charts in the current scheme. Charts get hex values, not CSS variables,
 * because a saved PNG is drawn from the SVG alone, where the page's variables do not exist.
 */
export type ChartTheme = {
  scheme: 'light' | 'dark';
  hue(name: Hue): string;
  /** `count` colours from light to dark (dark to light in the dark scheme): older years fainter. */
  ramp(name: Hue, count: number): string[];
  text: string;
  dimmed: string;
  grid: string;
  background: string;
  alert: string;
  fontFamily: string;
};

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function mix(from: string, to: string, share: number): string {
  const [a, b] = [hexToRgb(from), hexToRgb(to)];
  return `#${a.map((channel, index) => Math.round(channel + (b[index] - channel) * share).toString(16).padStart(2, '0')).join('')}`;
}

function chartTheme(theme: MantineTheme, scheme: 'light' | 'dark'): ChartTheme {
  const dark = scheme === 'dark';
  // Shade 6 is Mantine's filled colour on white; shade 4 keeps the same contrast on the dark background.
  const hue = (name: Hue) => theme.colors[name][dark ? 4 : 6];
  return {
    scheme,
    hue,
    ramp: (name, count) => {
      // Shades 3 to 8: the faintest still stands out from the card in both schemes.
      const [faint, strong] = dark ? [theme.colors[name][7], theme.colors[name][2]] : [theme.colors[name][3], theme.colors[name][8]];
      return Array.from({ length: count }, (_, index) => (count === 1 ? hue(name) : mix(faint, strong, index / (count - 1))));
    },
    text: dark ? theme.colors.dark[0] : theme.colors.gray[8],
    dimmed: dark ? theme.colors.dark[2] : theme.colors.gray[6],
    grid: dark ? theme.colors.dark[4] : theme.colors.gray[3],
    background: dark ? theme.colors.dark[7] : theme.white,
    alert: dark ? theme.colors.red[4] : theme.colors.red[8],
    fontFamily: theme.fontFamily ?? 'sans-serif',
  };
}

/** The chart colours of the scheme the window shows now. */
export function useChartTheme(): ChartTheme {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  return useMemo(() => chartTheme(theme, scheme), [theme, scheme]);
}
