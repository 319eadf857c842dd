import { Box, Table } from '@mantine/core';
import type { Cell, Table as TableData } from '../../../shared/tables/table';
import { useFormat } from '../../i18n/use-format';

/**
 * A chart's numbers as an accessible table: a caption naming it, column headers, and each row
 * headed by its first cell, so a screen reader announces "Japan, Inbound: 3".
 */
export function DataTable({ table, testId }: { table: TableData; testId?: string }) {
  const format = useFormat();
  const show = (cell: Cell) => (typeof cell === 'number' ? format.number(cell) : (cell ?? ''));
  return (
    // Columns wrap their headers to fit; a table that still does not fit scrolls, and can be scrolled by keyboard.
    <Box style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={table.title}>
      <Table striped withTableBorder captionSide="top" fz="sm" horizontalSpacing="xs" data-testid={testId}>
        <Table.Caption>{table.title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {table.columns.map((column, index) => (
              <Table.Th key={index} scope="col" ta={index === 0 ? 'start' : 'end'}>
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, rowIndex) => (
            <Table.Tr key={rowIndex}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <Table.Th key={index} scope="row" fw={500}>
                    {show(cell)}
                  </Table.Th>
                ) : (
                  <Table.Td key={index} ta={typeof cell === 'number' ? 'end' : 'start'} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {show(cell)}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
