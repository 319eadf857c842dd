import { Button, Group } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Table } from '../../../shared/tables/table';
import { deferred, type StandInProps } from './deferred';
import { ExportButton } from './ExportButton';

/** What the export menu needs: the list's title (the file's and the sheet's name) and its table, built on click. */
export type ExportMenuProps = { title: string; table: () => Pick<Table, 'columns' | 'rows'> };

/** The export menu's button as the closed menu draws it; a click or an opening key calls the menu, which arrives open. */
export function ExportMenuStandIn({ ref, wake }: ExportMenuProps & StandInProps) {
  const id = useId();
  return (
    <ExportButton
      ref={ref as React.Ref<HTMLButtonElement>}
      aria-haspopup="menu"
      aria-expanded={false}
      id={id}
      onFocus={() => wake()}
      onPointerEnter={() => wake()}
      onClick={() => wake(true)}
    />
  );
}

// The menu (with the positioning library behind it) loads when the window is first idle.
const ExportMenu = deferred<ExportMenuProps>(() => import('./ExportMenu').then((module) => module.ExportMenu), ExportMenuStandIn);

/**
 * Print and export for a list, as filtered and sorted on screen. `table` is built on click, so a
 * long list costs nothing until it is exported; `title` names the file and the sheet.
 */
export function ListActions({ title, table }: ExportMenuProps) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
        {t('lists.print')}
      </Button>
      <ExportMenu title={title} table={table} />
    </Group>
  );
}
