import type { Table } from 'dexie';
import { Fragment, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { NearDatabase } from '../../db/database';
import { useDatabase } from '../../db/database-context';
import { useLiveRecord } from '../../db/queries';
import { NotFound } from './NotFound';

type Props<R> = {
  /** The table the route's `:id` points into. */
  table: (db: NearDatabase) => Table<R, string>;
  /** The form, for a new record (undefined) or the existing one. */
  render: (record: R | undefined) => ReactNode;
};

/**
 * An add (`…/new`) or edit (`…/:id/edit`) route: waits for the record, shows "not found" for a
 * missing or deleted one, and mounts the form afresh for each record so no values leak between them.
 */
export function EditRoute<R extends { deleted: 0 | 1 }>({ table, render }: Props<R>) {
  const { id } = useParams();
  const { db } = useDatabase();
  const record = useLiveRecord(table(db), id);
  if (id && record === undefined) return null;
  if (id && record === null) return <NotFound />;
  return <Fragment key={id ?? 'new'}>{render(record ?? undefined)}</Fragment>;
}
