import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** Label/value rows for a record's detail page, as an accessible two-column table. */
export function DetailList({ rows, label }: { rows: Array<[string, ReactNode]>; label: string }) {
  return (
    <Table variant="vertical" layout="fixed" withTableBorder aria-label={label}>
      <Table.Tbody>
        {rows.map(([name, value]) => (
          <Table.Tr key={name}>
            <Table.Th w={220}>{name}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
