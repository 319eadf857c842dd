import type { Cell, Table } from './table';

/**
 * A list screen's columns as one declaration: the header in the UI language, the value each row
 * exports, and what it sorts by. Members, committees, the timeline, follow-ups and the dues ledger
 * sort on screen and leave the app (CSV, XLSX) from the same columns, so the file is the list.
 */
export type ListColumn<R> = {
  key: string;
  label: string;
  /** The cell as shown and printed, and as exported unless `exported` is given; also the sort key unless `sortBy` is. */
  value(row: R): Cell;
  /**
   * The cell as a CSV or XLSX file holds it, where that differs from the words on screen: a date as
   * ISO 8601 as precise as the record ("2018-10-28", "2018-10" for a month), never a made-up day.
   */
  exported?(row: R): Cell;
  /** A sort key where the shown text does not sort right (a date in words sorts by its ISO form). */
  sortBy?(row: R): Cell;
};

export type SortDirection = 'ascending' | 'descending';

export type ListSort = { key: string; direction: SortDirection };

/** Reads a sort from its URL form, `key` (ascending) or `-key` (descending); null when unknown. */
export function parseSort(text: string | null, keys: readonly string[]): ListSort | null {
  if (!text) return null;
  const descending = text.startsWith('-');
  const key = descending ? text.slice(1) : text;
  return keys.includes(key) ? { key, direction: descending ? 'descending' : 'ascending' } : null;
}

/** The URL form of a sort (see `parseSort`). */
export function formatSort(sort: ListSort): string {
  return sort.direction === 'descending' ? `-${sort.key}` : sort.key;
}

/** The next sort after a click on a column: a new column sorts ascending, the same column turns round. */
export function nextSort(current: ListSort | null, key: string): ListSort {
  return current?.key === key && current.direction === 'ascending' ? { key, direction: 'descending' } : { key, direction: 'ascending' };
}

const isEmpty = (cell: Cell) => cell === null || cell === '';

/**
 * Rows ordered by one column: numbers as numbers, text by the collator of the UI language (so
 * Chinese, Cyrillic and accented Latin names sort as their readers expect), empty cells last in
 * either direction, ties kept in the order given. Keys are read once per row, not per comparison.
 */
export function sortRows<R>(rows: readonly R[], column: ListColumn<R>, direction: SortDirection, collator: Intl.Collator): R[] {
  const key = column.sortBy ?? column.value;
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => {
    if (isEmpty(a.key) || isEmpty(b.key)) return Number(isEmpty(a.key)) - Number(isEmpty(b.key));
    if (typeof a.key === 'number' && typeof b.key === 'number') return sign * (a.key - b.key);
    return sign * collator.compare(String(a.key), String(b.key));
  });
  return keyed.map(({ row }) => row);
}

/** Rows sorted as `sort` says, or as given when there is no sort or its column is unknown. */
export function sortList<R>(rows: readonly R[], columns: ReadonlyArray<ListColumn<R>>, sort: ListSort | null, collator: Intl.Collator): readonly R[] {
  const column = sort && columns.find((candidate) => candidate.key === sort.key);
  return column ? sortRows(rows, column, sort.direction, collator) : rows;
}

/** The list as a table to export: the columns' headers, then one row of values per row, in order. */
export function listTable<R>(title: string, columns: ReadonlyArray<ListColumn<R>>, rows: readonly R[]): Table {
  return {
    title,
    columns: columns.map((column) => column.label),
    rows: rows.map((row) => columns.map((column) => (column.exported ?? column.value)(row))),
  };
}
