import {
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { MEMBER_COUNTRIES } from '../../../shared/domain/countries';
import type { MemberKind, MemberRecord } from '../../../shared/domain/member';
import { countByCountry, filterMembers } from '../../../shared/domain/member-query';
import { listTable, sortList, type ListColumn } from '../../../shared/tables/list';
import { useMembers } from '../../db/queries';
import { useFormat } from '../../i18n/use-format';
import { LocalizedText } from '../common/LocalizedText';
import { DeferredSelect } from '../common/deferred-widgets';
import { ListActions } from '../common/ListActions';
import { PrintableList } from '../common/PrintableList';
import { SortableHead } from '../common/SortableTh';
import { describeSort, useListSort } from '../common/use-list-sort';
import classes from './MembersPage.module.css';

type MemberRow = { member: MemberRecord; name: string; countryName: string };

const SORT_KEYS = ['name', 'native', 'country', 'kind', 'admitted', 'founding'];

/** The member registry: counts per country, filters, search in any language, and the list. */
export function MembersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMembers();
  // Filters live in the URL so Back from a member returns to the same view.
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? '';
  const kind = (params.get('kind') ?? '') as MemberKind | '';
  const [query, setQuery] = useState(params.get('q') ?? '');

  const setParam = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const columns = useMemo<Array<ListColumn<MemberRow>>>(() => {
    const yesNo = (value: boolean | undefined) => (value === undefined ? null : t(value ? 'common.yes' : 'common.no'));
    return [
      { key: 'name', label: t('member.name'), value: (row) => row.name },
      { key: 'native', label: t('member.nativeName'), value: (row) => row.member.names.native },
      { key: 'country', label: t('member.country'), value: (row) => row.countryName },
      { key: 'kind', label: t('member.kind'), value: (row) => t(row.member.kind === 'associate' ? 'member.kindAssociate' : 'member.kindMember') },
      { key: 'admitted', label: t('member.admittedYear'), value: (row) => row.member.admittedYear ?? null },
      { key: 'founding', label: t('member.founding'), value: (row) => yesNo(row.member.founding) },
    ];
  }, [t]);
  const [sort, sortBy] = useListSort(SORT_KEYS);

  const counts = useMemo(() => countByCountry(members ?? []), [members]);
  const filtered = useMemo(() => {
    const filtered = filterMembers(members ?? [], {
      country: country || undefined,
      kind: kind || undefined,
      query,
    });
    return filtered
      .map((member) => ({ member, name: format.name(member.names), countryName: format.country(member.country) }))
      .sort(
        (a, b) =>
          Number(a.member.kind === 'associate') - Number(b.member.kind === 'associate') ||
          format.collator.compare(a.countryName, b.countryName) ||
          format.collator.compare(a.name, b.name),
      );
  }, [members, country, kind, query, format]);
  const rows = useMemo(() => sortList(filtered, columns, sort, format.collator), [filtered, columns, sort, format]);
  const applied: Array<[string, string]> = [];
  if (country) applied.push([t('members.filterCountry'), format.country(country)]);
  if (kind) applied.push([t('members.filterKind'), t(kind === 'associate' ? 'member.kindAssociate' : 'member.kindMember')]);
  if (query.trim()) applied.push([t('common.search'), query.trim()]);

  const countryOptions = useMemo(() => {
    const codes = new Set<string>([...MEMBER_COUNTRIES, ...(members ?? []).map((member) => member.country)]);
    return [
      { value: '', label: t('members.allCountries') },
      ...[...codes]
        .map((code) => ({ value: code, label: format.country(code) }))
        .sort((a, b) => format.collator.compare(a.label, b.label)),
    ];
  }, [members, format, t]);

  return (
    <PrintableList title={t('members.title')} filters={applied} order={describeSort(columns, sort, t)} count={rows.length}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('members.title')}</Title>
          <Text c="dimmed" data-testid="members-summary">
            {t('members.summary', {
              members: format.number(counts.members),
              associates: format.number(counts.associates),
            })}
          </Text>
        </div>
        <Group gap="xs">
          <ListActions title={t('members.title')} table={() => listTable(t('members.title'), columns, rows)} />
          <Button component={Link} to="/members/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('members.add')}
          </Button>
        </Group>
      </Group>

      <section aria-label={t('members.countByCountry')}>
        <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="xs">
          {MEMBER_COUNTRIES.map((code) => (
            <UnstyledButton
              key={code}
              className={classes.countryCard}
              data-active={country === code || undefined}
              aria-pressed={country === code}
              onClick={() => setParam('country', country === code ? '' : code)}
              data-testid={`country-count-${code}`}
            >
              <Text size="sm" c="dimmed" lineClamp={1} title={format.country(code)}>
                {format.country(code)}
              </Text>
              <Text size="xl" fw={700} data-testid="count">
                {format.number(counts.byCountry[code])}
              </Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </section>

      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('common.search')}
          placeholder={t('members.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => {
            setQuery(event.currentTarget.value);
            setParam('q', event.currentTarget.value);
          }}
          type="search"
          w={320}
        />
        <DeferredSelect
          label={t('members.filterCountry')}
          data={countryOptions}
          value={country}
          onChange={(value) => setParam('country', value ?? '')}
          allowDeselect={false}
          w={220}
          data-testid="filter-country"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="filter-kind-label">
            {t('members.filterKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="filter-kind-label"
            value={kind}
            onChange={(value) => setParam('kind', value)}
            data={[
              { value: '', label: t('common.all') },
              { value: 'member', label: t('member.kindMember') },
              { value: 'associate', label: t('member.kindAssociate') },
            ]}
          />
        </Stack>
        <Text c="dimmed" size="sm" ml="auto" aria-live="polite" data-testid="members-shown">
          {t('members.shown', { count: rows.length })}
        </Text>
      </Group>

      <Table.ScrollContainer minWidth={720} data-print-keep>
        <Table striped highlightOnHover stickyHeader data-testid="members-table">
          <SortableHead columns={columns} sort={sort} onSort={sortBy} />
          <Table.Tbody>
            {rows.map(({ member, countryName }) => (
              <Table.Tr key={member.id} data-testid="member-row">
                <Table.Td>
                  <Anchor component={Link} to={`/members/${member.id}`} fw={500}>
                    <LocalizedText value={member.names} />
                  </Anchor>
                </Table.Td>
                <Table.Td lang={member.country === 'VN' ? 'vi' : undefined}>{member.names.native}</Table.Td>
                <Table.Td>{countryName}</Table.Td>
                <Table.Td>
                  {member.kind === 'associate' ? (
                    <Badge variant="light" color="grape">
                      {t('member.kindAssociate')}
                    </Badge>
                  ) : (
                    t('member.kindMember')
                  )}
                </Table.Td>
                <Table.Td>{member.admittedYear !== undefined ? format.year(member.admittedYear) : t('common.none')}</Table.Td>
                <Table.Td>
                  {member.founding === true ? t('common.yes') : member.founding === false ? t('common.no') : t('common.none')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {members && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg" data-print-keep>
          {members.length === 0 ? t('members.emptyRegistry') : t('members.empty')}
        </Text>
      )}
    </PrintableList>
  );
}
