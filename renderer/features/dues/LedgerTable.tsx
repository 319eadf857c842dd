import { Anchor, Group, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberRecord } from '../../../shared/domain/member';
import { rightsApart } from '../../../shared/governance/voting-rights';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { SortableTh } from '../common/SortableTh';
import type { ListSort } from '../../../shared/tables/list';
import type { EditedCell } from './DuesEntryModal';
import { cellStatus, STATUS_COLOURS, type CellStatus, type LedgerRow, type YearCell } from './ledger-grid';
import classes from './LedgerTable.module.css';
import { ElectionBadge, RightsBadge, useElectionReason, useRightsReason } from './RightsBadge';
import { StatusIcon, StatusMark, useStatusWord } from './StatusMark';

type Column = { key: string; label: string };
/** The member and vote headers as sort buttons (the list's sort, kept in the URL). */
type Sorting = { member: Column; vote: Column; sort: ListSort | null; onSort: (key: string) => void };
type Props = { rows: readonly LedgerRow[]; years: readonly number[]; asOf: string; onEdit?: (cell: EditedCell) => void; sorting: Sorting };

/**
 * Every member by fiscal year, as colour and icon, and the vote that follows on the date shown.
 * The member column and the vote stay in sight however many years are shown.
 */
export function LedgerTable({ rows, years, asOf, onEdit, sorting }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const reason = useRightsReason();
  const electionReason = useElectionReason();
  return (
    <Table.ScrollContainer minWidth={0} maxHeight="calc(100dvh - 5rem)" type="native" data-print-keep>
      <Table stickyHeader verticalSpacing={4} data-testid="dues-table">
        <Table.Caption>{t('governance.dues.tableCaption', { date: format.date(asOf) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortableTh column={sorting.member} sort={sorting.sort} onSort={sorting.onSort} className={classes.member} />
            {years.map((year) => (
              <Table.Th key={year} scope="col" className={classes.year}>
                {format.year(year)}
              </Table.Th>
            ))}
            <SortableTh column={sorting.vote} sort={sorting.sort} onSort={sorting.onSort} className={classes.vote} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const name = format.name(row.member.names);
            const why = row.rights ? `${reason(row.rights)} ${electionReason(rightsApart(row.rights).election)}` : undefined;
            return (
              <Table.Tr key={row.member.id} className={classes.row} data-testid="dues-row" data-member={row.member.id}>
                <Table.Th scope="row" fw={500} className={classes.member}>
                  <Anchor component={Link} to={`/members/${row.member.id}`} size="sm">
                    {name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {format.country(row.member.country)}
                  </Text>
                </Table.Th>
                {row.cells.map((cell, index) => (
                  <Table.Td key={years[index]} className={classes.year}>
                    <StatusMark
                      status={cellStatus(cell)}
                      member={name}
                      year={years[index]}
                      detail={cellDetail(cell, format, t)}
                      onEdit={onEdit && cell.kind !== 'notOwed' ? () => onEdit(editedCell(row.member, years[index], cell)) : undefined}
                    />
                  </Table.Td>
                ))}
                <Table.Td className={classes.vote}>
                  <Tooltip label={why} disabled={!why} multiline w={300} withArrow>
                    <span>
                      <Stack gap={2} align="flex-start">
                        <RightsBadge rights={row.rights} />
                        <ElectionBadge rights={row.rights} />
                      </Stack>
                    </span>
                  </Tooltip>
                  {why && <VisuallyHidden>{t('governance.ledger.whyVote', { reason: why })}</VisuallyHidden>}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** What the ledger's marks mean: each status's colour and icon beside its word. */
export function LedgerLegend() {
  const { t } = useTranslation();
  const word = useStatusWord();
  return (
    <Group gap="md" role="group" aria-label={t('governance.ledger.legend')} data-testid="dues-legend" data-print-keep>
      {(Object.keys(STATUS_COLOURS) as CellStatus[]).map((status) => (
        <Group key={status} gap={6} wrap="nowrap">
          <StatusIcon status={status} />
          <Text size="sm">{word(status)}</Text>
        </Group>
      ))}
    </Group>
  );
}

/** The cell being recorded: the member's year and what is on record for it, counted yet or not. */
function editedCell(member: MemberRecord, year: number, cell: YearCell): EditedCell {
  const entry = cell.kind === 'entry' ? cell.entry : cell.kind === 'notOwed' ? undefined : cell.paidLater;
  return { member, year, entry };
}

/** What a cell adds to its status: the sum and day received, or a payment received after the date shown. */
function cellDetail(cell: YearCell, format: Formatters, t: TFunction): string | undefined {
  if (cell.kind === 'entry') {
    const { entry } = cell;
    return entry.status === 'paid' && entry.amount !== undefined ? `${format.number(entry.amount)} ${entry.currency} · ${format.date(entry.receivedOn!)}` : undefined;
  }
  if (cell.kind !== 'notOwed' && cell.paidLater?.receivedOn) return t('governance.ledger.paidLater', { date: format.date(cell.paidLater.receivedOn) });
  return undefined;
}
