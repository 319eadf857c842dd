import { Alert, Anchor, Badge, Group, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DUES_PER_YEAR_USD } from '../../../shared/domain/dues';
import { listTable, sortList, type ListColumn } from '../../../shared/tables/list';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { useAsOf } from '../committees/use-as-of';
import { byCountryThenName, CountrySelect } from '../common/CountrySelect';
import { ListActions } from '../common/ListActions';
import { PrintableList } from '../common/PrintableList';
import { SortableTh } from '../common/SortableTh';
import { describeSort, useListSort } from '../common/use-list-sort';
import { DuesEntryModal, type EditedCell } from './DuesEntryModal';
import { ledgerRows, ledgerYears, STATUS_COLOURS, type LedgerRow, type YearCell } from './ledger-grid';
import { PostponementsSection } from './PostponementsSection';
import { RightsBadge, useRightsLabel, useRightsReason } from './RightsBadge';

const SORT_KEYS = ['member', 'country', 'vote'];
import { useLedger, useMayKeepLedger } from './use-ledger';

/**
 * The dues ledger: every member by fiscal year (paid, waived, postponed, unpaid, not yet due) and
 * the vote that follows on the date shown. Pohang records payments by clicking a year; every other
 * office sees the same ledger read-only.
 */
export function DuesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const ledger = useLedger();
  const mayEdit = useMayKeepLedger();
  const [asOf, setAsOf] = useAsOf();
  const [country, setCountry] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditedCell | null>(null);
  const reason = useRightsReason();
  const rightsLabel = useRightsLabel();
  const [sort, sortBy] = useListSort(SORT_KEYS);

  const years = useMemo(() => (ledger ? ledgerYears(ledger, asOf) : []), [ledger, asOf]);
  const all = useMemo(() => (ledger ? ledgerRows(ledger, years, asOf) : []), [ledger, years, asOf]);
  // The member, country and vote columns sort on screen; every year, the vote and its reason export.
  const columns = useMemo(() => {
    const sortable: Array<ListColumn<LedgerRow>> = [
      { key: 'member', label: t('governance.dues.member'), value: (row) => format.name(row.member.names) },
      { key: 'country', label: t('member.country'), value: (row) => format.country(row.member.country) },
      { key: 'vote', label: t('governance.dues.vote'), value: (row) => rightsLabel(row.rights) },
    ];
    const yearColumns = years.map((year, index): ListColumn<LedgerRow> => ({ key: String(year), label: format.year(year), value: (row) => cellText(row.cells[index], t) }));
    const why: ListColumn<LedgerRow> = { key: 'reason', label: t('lists.reason'), value: (row) => (row.rights ? reason(row.rights) : null) };
    return { sortable, exported: [...sortable.slice(0, 2), ...yearColumns, sortable[2], why] };
  }, [t, format, years, rightsLabel, reason]);
  const rows = useMemo(() => {
    const order = byCountryThenName(format);
    const shown = all.filter((row) => !country || row.member.country === country).sort((a, b) => order(a.member, b.member));
    return sortList(shown, columns.sortable, sort, format.collator);
  }, [all, country, format, columns, sort]);

  if (!ledger) return null;
  const voting = all.filter((row) => row.rights?.votes).length;
  const withoutVote = all.filter((row) => row.rights?.reason === 'unpaid').length;

  const title = t('governance.dues.title');
  const applied: Array<[string, string]> = [[t('governance.dues.asOf'), format.date(asOf)]];
  if (country) applied.push([t('member.country'), format.country(country)]);

  return (
    <PrintableList title={title} filters={applied} order={describeSort(columns.sortable, sort, t)} count={rows.length} wide>
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{title}</Title>
        <ListActions title={title} table={() => listTable(title, columns.exported, rows)} />
      </Group>
      <Text c="dimmed" maw={880}>
        {t('governance.dues.intro', { amount: format.number(DUES_PER_YEAR_USD) })}
      </Text>
      {mayEdit === false && <Alert color="blue">{t('governance.dues.readOnly')}</Alert>}
      <Group align="flex-end">
        <TextInput type="date" label={t('governance.dues.asOf')} value={asOf} onChange={(event) => setAsOf(event.currentTarget.value)} w={170} data-testid="dues-as-of" />
        <CountrySelect value={country} onChange={setCountry} format={format} />
        <Group gap="xs" pb={4} data-testid="dues-summary">
          <Badge variant="light" color="teal" size="lg">
            {t('governance.dues.voting', { number: format.number(voting) })}
          </Badge>
          <Badge variant="light" color="red" size="lg">
            {t('governance.dues.withoutVote', { number: format.number(withoutVote) })}
          </Badge>
        </Group>
      </Group>

      <Table.ScrollContainer minWidth={640} data-print-keep>
        <Table striped highlightOnHover stickyHeader data-testid="dues-table">
          <Table.Caption>{t('governance.dues.tableCaption', { date: format.date(asOf) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <SortableTh column={columns.sortable[0]} sort={sort} onSort={sortBy} />
              <SortableTh column={columns.sortable[1]} sort={sort} onSort={sortBy} />
              {years.map((year) => (
                <Table.Th key={year} scope="col" ta="center">
                  {format.year(year)}
                </Table.Th>
              ))}
              <SortableTh column={columns.sortable[2]} sort={sort} onSort={sortBy} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => {
              const name = format.name(row.member.names);
              return (
                <Table.Tr key={row.member.id} data-testid="dues-row" data-member={row.member.id}>
                  <Table.Th scope="row" fw={500}>
                    <Anchor component={Link} to={`/members/${row.member.id}`}>
                      {name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{format.country(row.member.country)}</Table.Td>
                  {row.cells.map((cell, index) => (
                    <Table.Td key={years[index]} ta="center" p={4}>
                      <YearCellView
                        cell={cell}
                        format={format}
                        label={t('governance.dues.cellLabel', { member: name, year: years[index] })}
                        onEdit={mayEdit && cell.kind !== 'notOwed' ? () => setEditing({ member: row.member, year: years[index], entry: cell.kind === 'entry' ? cell.entry : undefined }) : undefined}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td title={row.rights ? reason(row.rights) : undefined}>
                    <RightsBadge rights={row.rights} />
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <PostponementsSection postponements={ledger.postponements} mayEdit={mayEdit === true} />
      <DuesEntryModal cell={editing} onClose={() => setEditing(null)} />
    </PrintableList>
  );
}

/** One fiscal year of one member in words, as exported. */
function cellText(cell: YearCell, t: TFunction): string | null {
  if (cell.kind === 'notOwed') return null;
  if (cell.kind === 'entry') return t(cell.entry.status === 'paid' ? 'governance.dues.paid' : 'governance.dues.waived');
  return t(`governance.dues.${cell.kind}`);
}

/** One fiscal year of one member: what is on record, as a button where Pohang may record it. */
function YearCellView({ cell, format, label, onEdit }: { cell: YearCell; format: Formatters; label: string; onEdit?: () => void }) {
  const { t } = useTranslation();
  const content =
    cell.kind === 'entry' ? (
      <Badge variant="light" color={STATUS_COLOURS[cell.entry.status]} data-status={cell.entry.status}>
        {cell.entry.status === 'paid' ? t('governance.dues.paid') : t('governance.dues.waived')}
      </Badge>
    ) : cell.kind === 'notOwed' ? (
      <Text c="dimmed" size="sm" data-status="notOwed">
        {t('common.none')}
      </Text>
    ) : (
      <Badge variant={cell.kind === 'unpaid' ? 'outline' : 'transparent'} color={STATUS_COLOURS[cell.kind]} data-status={cell.kind}>
        {t(`governance.dues.${cell.kind}`)}
      </Badge>
    );
  const detail =
    cell.kind === 'entry' && cell.entry.status === 'paid' && cell.entry.amount !== undefined
      ? `${format.number(cell.entry.amount)} ${cell.entry.currency} · ${format.date(cell.entry.receivedOn!)}`
      : undefined;
  if (!onEdit) return <span title={detail}>{content}</span>;
  return (
    <UnstyledButton onClick={onEdit} aria-label={detail ? `${label}: ${detail}` : label} title={detail}>
      {content}
    </UnstyledButton>
  );
}
