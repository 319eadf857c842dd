import { Table, UnstyledButton, VisuallyHidden, type TableThProps } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ListSort } from '../../../shared/tables/list';
import classes from './ListPrint.module.css';

type SortProps = { column: { key: string; label: string }; sort: ListSort | null; onSort: (key: string) => void };

/**
 * A column's title as a button that sorts by it, with an arrow for the direction. `announce` reads
 * the direction out for screen readers where no table header carries `aria-sort` (the timeline).
 */
export function SortButton({ column, sort, onSort, announce = false }: SortProps & { announce?: boolean }) {
  const { t } = useTranslation();
  const direction = sort?.key === column.key ? sort.direction : undefined;
  const Icon = direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <UnstyledButton className={classes.sortButton} onClick={() => onSort(column.key)} data-sorted={direction} title={t('lists.sortBy', { column: column.label })}>
      <span>{column.label}</span>
      {announce && direction && <VisuallyHidden>{t(`lists.${direction}`)}</VisuallyHidden>}
      <Icon size={14} aria-hidden className={classes.sortIcon} />
    </UnstyledButton>
  );
}

/** A table header that sorts its column on click or Enter, and says how with `aria-sort`. */
export function SortableTh({ column, sort, onSort, ...props }: SortProps & TableThProps) {
  return (
    <Table.Th scope="col" aria-sort={sort?.key === column.key ? sort.direction : undefined} {...props}>
      <SortButton column={column} sort={sort} onSort={onSort} />
    </Table.Th>
  );
}

/** A table's header row in which every column sorts. */
export function SortableHead({ columns, sort, onSort }: { columns: ReadonlyArray<SortProps['column']> } & Omit<SortProps, 'column'>) {
  return (
    <Table.Thead>
      <Table.Tr>
        {columns.map((column) => (
          <SortableTh key={column.key} column={column} sort={sort} onSort={onSort} />
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
