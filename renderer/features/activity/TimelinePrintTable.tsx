import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/domain/timeline';
import type { ListColumn } from '../../../shared/tables/list';
import { useFormat } from '../../i18n/use-format';

/** More rows than this would be a print run of hundreds of pages; the rest is a CSV or XLSX away. */
export const PRINT_LIMIT = 5000;

/**
 * The filtered timeline as a plain table for the printer: the screen's list is virtualised (only
 * the rows in view exist), so printing renders the rows anew, and says so when it stops at the limit.
 */
export function TimelinePrintTable({ entries, columns }: { entries: readonly TimelineEntry[]; columns: ReadonlyArray<ListColumn<TimelineEntry>> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div data-print-keep>
      {entries.length > PRINT_LIMIT && (
        <Text size="sm" fw={600} mb="xs" data-testid="print-limit">
          {t('lists.printLimit', { shown: format.number(PRINT_LIMIT), count: format.number(entries.length) })}
        </Text>
      )}
      <Table data-testid="timeline-print">
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col">
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.slice(0, PRINT_LIMIT).map((entry) => (
            <Table.Tr key={entry.id}>
              {columns.map((column) => (
                <Table.Td key={column.key} data-nowrap={column.key === 'date' || column.key === 'endDate' || undefined}>
                  {column.value(entry)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
