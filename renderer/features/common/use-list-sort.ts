import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { formatSort, nextSort, parseSort, type ListSort } from '../../../shared/tables/list';

/**
 * A list's sort, kept in the address (`?sort=name`, `?sort=-year`) beside its filters, so Back
 * from a record and a bookmark return to the same order. Null until a column is chosen: the list
 * keeps its own default order.
 */
export function useListSort(keys: readonly string[]): [ListSort | null, (key: string) => void] {
  const [params, setParams] = useSearchParams();
  const text = params.get('sort');
  // The same object while the address says the same, so memoised orders built from it hold.
  const sort = useMemo(() => parseSort(text, keys), [text, keys]);
  const sortBy = (key: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('sort', formatSort(nextSort(parseSort(current.get('sort'), keys), key)));
        return next;
      },
      { replace: true },
    );
  return [sort, sortBy];
}

/** The order a list is printed in, in words ("Name, descending"); undefined when the list keeps its own. */
export function describeSort(columns: ReadonlyArray<{ key: string; label: string }>, sort: ListSort | null, t: TFunction): string | undefined {
  const column = sort && columns.find((candidate) => candidate.key === sort.key);
  return column ? t('lists.sortedAs', { column: column.label, direction: t(`lists.${sort.direction}`) }) : undefined;
}
