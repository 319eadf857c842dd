import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileTypeCsv, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Table } from '../../../shared/tables/table';
import { saveCsv, savePrintedPdf, saveXlsx } from './save-export';

/**
 * Print and export for a list, as filtered and sorted on screen. `table` is built on click, so a
 * long list costs nothing until it is exported; `title` names the file and the sheet.
 */
export function ListActions({ title, table }: { title: string; table: () => Pick<Table, 'columns' | 'rows'> }) {
  const { t } = useTranslation();
  const built = (): Table => ({ title, ...table() });
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
        {t('lists.print')}
      </Button>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={18} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
            {t('lists.export')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconFileTypeCsv size={18} aria-hidden />} onClick={() => void saveCsv(built(), t)}>
            {t('lists.csv')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={() => void saveXlsx(title, [built()], t)}>
            {t('lists.xlsx')}
          </Menu.Item>
          <Menu.Item leftSection={<IconFileTypePdf size={18} aria-hidden />} onClick={() => void savePrintedPdf(title, t)}>
            {t('lists.pdf')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
