import { Alert, Badge, Group, Select, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DUES_PER_YEAR_USD } from '../../../shared/domain/dues';
import { listTable, sortList, type ListColumn } from '../../../shared/tables/list';
import { useFormat } from '../../i18n/use-format';
import { AsOfField } from '../committees/AsOfField';
import { todayIso, useAsOf } from '../committees/use-as-of';
import { byCountryThenName, CountrySelect } from '../common/CountrySelect';
import { ListActions } from '../common/ListActions';
import { PrintableList } from '../common/PrintableList';
import { describeSort, useListSort } from '../common/use-list-sort';
import { DuesEntryModal, type EditedCell } from './DuesEntryModal';
import { ledgerOpening, ledgerRows, ledgerYears, type LedgerRow, type YearCell } from './ledger-grid';
import { AsOfExplanation, PostponedNotice } from './LedgerNotices';
import { LedgerLegend, LedgerTable } from './LedgerTable';
import { PostponementsSection } from './PostponementsSection';
import { useElectionLabel, useRightsLabel, useRightsReason } from './RightsBadge';

const SORT_KEYS = ['member', 'country', 'vote'];
import { useLedger, useMayKeepLedger } from './use-ledger';
import { useYearRange, type YearRange } from './use-year-range';

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
  const opening = useMemo(() => (ledger ? ledgerOpening(ledger, todayIso()) : undefined), [ledger]);
  const [asOf, setAsOf] = useAsOf(opening?.asOf);
  const [country, setCountry] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditedCell | null>(null);
  const years = useMemo(() => (ledger ? ledgerYears(ledger, asOf) : []), [ledger, asOf]);
  const [range, setRange] = useYearRange(years, asOf);
  const shown = useMemo(() => years.filter((year) => range && year >= range[0] && year <= range[1]), [years, range]);
  const all = useMemo(() => (ledger ? ledgerRows(ledger, shown, asOf) : []), [ledger, shown, asOf]);
  const reason = useRightsReason();
  const rightsLabel = useRightsLabel();
  const electionLabel = useElectionLabel();
  const [sort, sortBy] = useListSort(SORT_KEYS);
  // The member and vote columns sort on screen (the country too, from the URL); the years shown, the vote and its reason export.
  const columns = useMemo(() => {
    const sortable: Array<ListColumn<LedgerRow>> = [
      { key: 'member', label: t('governance.dues.member'), value: (row) => format.name(row.member.names) },
      { key: 'country', label: t('member.country'), value: (row) => format.country(row.member.country) },
      { key: 'vote', label: t('governance.dues.vote'), value: (row) => rightsLabel(row.rights) },
    ];
    const yearColumns = shown.map((year, index): ListColumn<LedgerRow> => ({ key: String(year), label: format.year(year), value: (row) => cellText(row.cells[index], t) }));
    const why: ListColumn<LedgerRow> = { key: 'reason', label: t('lists.reason'), value: (row) => (row.rights ? reason(row.rights) : null) };
    const election: ListColumn<LedgerRow> = { key: 'election', label: t('governance.rights.electionLabel'), value: (row) => electionLabel(row.rights) };
    return { sortable, exported: [...sortable.slice(0, 2), ...yearColumns, sortable[2], election, why] };
  }, [t, format, shown, rightsLabel, electionLabel, reason]);
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
        <AsOfField label={t('governance.dues.asOf')} asOf={asOf} onChange={setAsOf} w={170} data-testid="dues-as-of" />
        <CountrySelect value={country} onChange={setCountry} format={format} />
        {range && <YearRangeSelect years={years} range={range} onChange={setRange} />}
        <Group gap="xs" pb={4} data-testid="dues-summary">
          <Badge variant="light" color="teal" size="lg">
            {t('governance.dues.voting', { count: voting, number: format.number(voting) })}
          </Badge>
          <Badge variant="light" color="red" size="lg">
            {t('governance.dues.withoutVote', { number: format.number(withoutVote) })}
          </Badge>
        </Group>
      </Group>
      {opening && <AsOfExplanation opening={opening} asOf={asOf} onChange={setAsOf} />}
      <PostponedNotice postponements={ledger.postponements} asOf={asOf} />

      <LedgerLegend />
      <LedgerTable
        rows={rows}
        years={shown}
        asOf={asOf}
        onEdit={mayEdit ? setEditing : undefined}
        sorting={{ member: columns.sortable[0], vote: columns.sortable[2], sort, onSort: sortBy }}
      />

      <PostponementsSection ledger={ledger} asOf={asOf} onShowDate={setAsOf} mayEdit={mayEdit === true} />
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

/** The first and last fiscal year shown, among those the ledger has. */
function YearRangeSelect({ years, range, onChange }: { years: readonly number[]; range: YearRange; onChange: (range: YearRange) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const options = (keep: (year: number) => boolean) => years.filter(keep).map((year) => ({ value: String(year), label: format.year(year) }));
  return (
    <Group gap="xs" align="flex-end" role="group" aria-label={t('governance.ledger.years')} wrap="nowrap">
      <Select
        label={t('governance.ledger.from')}
        data={options((year) => year <= range[1])}
        value={String(range[0])}
        onChange={(value) => value && onChange([Number(value), range[1]])}
        allowDeselect={false}
        w={170}
        data-testid="dues-from"
      />
      <Select
        label={t('governance.ledger.to')}
        data={options((year) => year >= range[0])}
        value={String(range[1])}
        onChange={(value) => value && onChange([range[0], Number(value)])}
        allowDeselect={false}
        w={110}
        data-testid="dues-to"
      />
    </Group>
  );
}
