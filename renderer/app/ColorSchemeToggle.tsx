import { SegmentedControl, VisuallyHidden, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Light, dark or following the system; the choice persists (Mantine keeps it in localStorage). */
export function ColorSchemeToggle() {
  const { t } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const option = (value: MantineColorScheme, label: string, icon: React.ReactNode) => ({
    value,
    label: (
      <>
        {icon}
        <VisuallyHidden>{label}</VisuallyHidden>
      </>
    ),
  });
  return (
    <SegmentedControl
      aria-label={t('settings.theme')}
      value={colorScheme}
      onChange={(value) => setColorScheme(value as MantineColorScheme)}
      data={[
        option('light', t('settings.themeLight'), <IconSun size={16} aria-hidden />),
        option('dark', t('settings.themeDark'), <IconMoon size={16} aria-hidden />),
        option('auto', t('settings.themeAuto'), <IconDeviceDesktop size={16} aria-hidden />),
      ]}
    />
  );
}
