import { Menu } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ArrivalProps } from './deferred';
import { ExportButton } from './ExportButton';
import type { ExportMenuProps } from './ListActions';
import { saveCsv, savePrintedPdf, saveXlsx } from './save-export';

/** A list as CSV, Excel or PDF; loaded after the first screen, behind ListActions' stand-in button. */
export function ExportMenu({ title, table, ref, openOnArrival }: ExportMenuProps & ArrivalProps) {
  const { t } = useTranslation();
  const built = () => ({ title, ...table() });
  return (
    <Menu position="bottom-end" withinPortal defaultOpened={openOnArrival}>
      <Menu.Target>
        <ExportButton ref={ref as React.Ref<HTMLButtonElement>} />
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
  );
}
