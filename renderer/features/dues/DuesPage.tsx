import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DUES_PER_YEAR_USD } from '../../../shared/domain/dues';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { AsOfField } from '../committees/AsOfField';
import { useAsOf } from '../committees/use-as-of';
import { byCountryThenName, CountrySelect } from '../common/CountrySelect';
import { DuesEntryModal, type EditedCell } from './DuesEntryModal';
import { ledgerRows, ledgerYears, STATUS_COLOURS, type YearCell } from './ledger-grid';
import { PostponementsSection } from './PostponementsSection';
import { RightsBadge, useRightsReason } from './RightsBadge';
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

  const years = useMemo(() => (ledger ? ledgerYears(ledger, asOf) : []), [ledger, asOf]);
  const all = useMemo(() => (ledger ? ledgerRows(ledger, years, asOf) : []), [ledger, years, asOf]);
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
        <Group gap="xs" pb={4} data-testid="dues-summary">
          <Badge variant="light" color="teal" size="lg">
            {t('governance.dues.voting', { number: format.number(voting) })}
          </Badge>
          <Badge variant="light" color="red" size="lg">
            {t('governance.dues.withoutVote', { number: format.number(withoutVote) })}
          </Badge>
        </Group>
      </Group>

      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover stickyHeader data-testid="dues-table">
          <Table.Caption>{t('governance.dues.tableCaption', { date: format.date(asOf) })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('governance.dues.member')}</Table.Th>
              <Table.Th scope="col">{t('member.country')}</Table.Th>
              {years.map((year) => (
                <Table.Th key={year} scope="col" ta="center">
                  {format.year(year)}
                </Table.Th>
              ))}
              <Table.Th scope="col">{t('governance.dues.vote')}</Table.Th>
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
    </Stack>
  );
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
