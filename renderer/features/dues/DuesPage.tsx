import { Alert, Badge, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DUES_PER_YEAR_USD } from '../../../shared/domain/dues';
import { useFormat } from '../../i18n/use-format';
import { AsOfField } from '../committees/AsOfField';
import { useAsOf } from '../committees/use-as-of';
import { byCountryThenName, CountrySelect } from '../common/CountrySelect';
import { DuesEntryModal, type EditedCell } from './DuesEntryModal';
import { ledgerRows, ledgerYears } from './ledger-grid';
import { LedgerLegend, LedgerTable } from './LedgerTable';
import { PostponementsSection } from './PostponementsSection';
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
  const [asOf, setAsOf] = useAsOf();
  const [country, setCountry] = useState<string | null>(null);
  const [editing, setEditing] = useState<EditedCell | null>(null);
  const years = useMemo(() => (ledger ? ledgerYears(ledger, asOf) : []), [ledger, asOf]);
  const [range, setRange] = useYearRange(years, asOf);
  const shown = useMemo(() => years.filter((year) => range && year >= range[0] && year <= range[1]), [years, range]);
  const all = useMemo(() => (ledger ? ledgerRows(ledger, shown, asOf) : []), [ledger, shown, asOf]);
  const rows = useMemo(() => {
    const order = byCountryThenName(format);
    return all.filter((row) => !country || row.member.country === country).sort((a, b) => order(a.member, b.member));
  }, [all, country, format]);

  if (!ledger) return null;
  const voting = all.filter((row) => row.rights?.votes).length;
  const withoutVote = all.filter((row) => row.rights?.reason === 'unpaid').length;

  return (
    <Stack>
      <Title order={2}>{t('governance.dues.title')}</Title>
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

      <LedgerLegend />
      <LedgerTable rows={rows} years={shown} asOf={asOf} onEdit={mayEdit ? setEditing : undefined} />

      <PostponementsSection postponements={ledger.postponements} mayEdit={mayEdit === true} />
      <DuesEntryModal cell={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
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
