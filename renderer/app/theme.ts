import { createTheme } from '@mantine/core';

/** One theme for light and dark; CJK fonts first so Chinese, Japanese and Korean names read well. */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Microsoft YaHei", "Malgun Gothic", "Yu Gothic UI", sans-serif',
  focusRing: 'auto',
});
