import { Button, type ButtonProps } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The button that opens a list's export menu: the menu's target, and its stand-in until the menu loads. */
export function ExportButton(props: ButtonProps & Omit<React.ComponentPropsWithRef<'button'>, keyof ButtonProps>) {
  const { t } = useTranslation();
  return (
    <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />} {...props}>
      {t('lists.export')}
    </Button>
  );
}
