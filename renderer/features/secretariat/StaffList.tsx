import { ActionIcon, Badge, Button, Group, Switch, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconDoorExit, IconPencil, IconPlus } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { localizedName } from '../../../shared/domain/names';
import { hasLeft, inListOrder, writtenName, type StaffRecord } from '../../../shared/domain/secretariat';
import { listTable, sortList, type ListColumn } from '../../../shared/tables/list';
import { useMembers } from '../../db/queries';
import { useFormat } from '../../i18n/use-format';
import { todayIso } from '../committees/use-as-of';
import { ListActions } from '../common/ListActions';
import { FallbackMarker, LocalizedText } from '../common/LocalizedText';
import { PrintableList } from '../common/PrintableList';
import { SortableTh } from '../common/SortableTh';
import { describeSort, useListSort } from '../common/use-list-sort';
import { RetireStaffModal } from './RetireStaffModal';
import classes from './Secretariat.module.css';
import { STAFF_PARAM } from './staff-path';
import { useStaff } from './use-secretariat';

const SORT_KEYS = ['order', 'name', 'role', 'office', 'from', 'to'];

/** Where a person works, in words: the secretariat, a member's branch office, or seconded by a member. */
export function officeWords(person: Pick<StaffRecord, 'office' | 'memberId'>, memberName: (id: string) => string, t: TFunction): string {
  if (person.office === 'secretariat' || !person.memberId) return t('secretariat.staff.offices.secretariat');
  return t(`secretariat.staff.offices.${person.office}`, { member: memberName(person.memberId) });
}

/**
 * The staff list: everyone serving today (and, on request, those who left), sortable, printable,
 * exportable. Opened at a person (`?staff=<id>`, from the global search), it brings their row into
 * sight and marks it, showing those who left as well if the person is one of them.
 */
export function StaffList({ header, mayEdit }: { header: ReactNode; mayEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const staff = useStaff();
  const members = useMembers();
  const [chosenFormer, setChosenFormer] = useState(false);
  const [retiring, setRetiring] = useState<StaffRecord | null>(null);
  const today = todayIso();
  const [params, setParams] = useSearchParams();
  const found = staff?.find((person) => person.id === params.get(STAFF_PARAM));
  const showFormer = chosenFormer || (found !== undefined && hasLeft(found, today));
  const chooseFormer = (show: boolean) => {
    setChosenFormer(show);
    // Hiding those who left hides the person it was opened at, if they left: the list is no longer opened at them.
    if (!show && found && hasLeft(found, today)) setParams((current) => withoutParam(current, STAFF_PARAM), { replace: true });
  };

  const memberNames = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.names])), [members]);
  const memberName = useMemo(() => (id: string) => {
    const names = memberNames.get(id);
    return names ? localizedName(names, format.locale) : t('common.unknown');
  }, [memberNames, format, t]);

  const columns = useMemo<Array<ListColumn<StaffRecord>>>(
    () => [
      { key: 'order', label: t('secretariat.staff.columns.order'), value: (row) => row.order },
      { key: 'name', label: t('secretariat.staff.columns.name'), value: (row) => writtenName(row.name, format.locale).text },
      { key: 'role', label: t('secretariat.staff.columns.role'), value: (row) => format.name(row.role) },
      { key: 'office', label: t('secretariat.staff.columns.office'), value: (row) => officeWords(row, memberName, t) },
      { key: 'from', label: t('secretariat.staff.columns.from'), value: (row) => (row.from ? format.date(row.from) : null), sortBy: (row) => row.from ?? null },
      { key: 'to', label: t('secretariat.staff.columns.to'), value: (row) => (row.to ? format.date(row.to) : null), sortBy: (row) => row.to ?? null },
    ],
    [t, format, memberName],
  );
  // The file carries every form of the name the record holds, each in its own column.
  const exported = useMemo<Array<ListColumn<StaffRecord>>>(
    () => [
      ...columns.slice(0, 2),
      ...(['native', 'latin', 'chinese'] as const).map((form) => ({ key: form, label: t(`secretariat.staff.columns.${form}`), value: (row: StaffRecord) => row.name[form] ?? null })),
      ...columns.slice(2),
    ],
    [columns, t],
  );
  const [sort, sortBy] = useListSort(SORT_KEYS);

  const serving = useMemo(() => inListOrder(staff ?? []).filter((person) => !hasLeft(person, today)), [staff, today]);
  const former = (staff?.length ?? 0) - serving.length;
  const rows = useMemo(() => {
    const shown = showFormer ? inListOrder(staff ?? []) : serving;
    return sortList(shown, columns, sort, format.collator);
  }, [staff, serving, showFormer, columns, sort, format]);

  const title = t('secretariat.title');
  const applied: Array<[string, string]> = showFormer ? [[t('secretariat.staff.showFormer'), t('common.yes')]] : [];

  return (
    <PrintableList title={`${title}: ${t('secretariat.tabs.staff')}`} filters={applied} order={describeSort(columns, sort, t)} count={rows.length}>
      {header}
      <Group justify="space-between" align="flex-end">
        <Group align="center">
          <Text c="dimmed" data-testid="staff-summary">
            {t('secretariat.staff.summary', { count: format.number(serving.length), former: format.number(former) })}
          </Text>
          <Switch label={t('secretariat.staff.showFormer')} checked={showFormer} onChange={(event) => chooseFormer(event.currentTarget.checked)} />
        </Group>
        <Group gap="xs">
          <ListActions title={`${title} – ${t('secretariat.tabs.staff')}`} table={() => listTable(title, exported, rows)} />
          {mayEdit && (
            <Button component={Link} to="/secretariat/staff/new" leftSection={<IconPlus size={18} aria-hidden />} data-testid="add-staff">
              {t('secretariat.staff.add')}
            </Button>
          )}
        </Group>
      </Group>
      <Table.ScrollContainer minWidth={900} data-print-keep>
        <Table striped highlightOnHover data-testid="staff-table">
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <SortableTh key={column.key} column={column} sort={sort} onSort={sortBy} />
              ))}
              {mayEdit && (
                <Table.Th className={classes.actions}>
                  <VisuallyHidden>{t('common.edit')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((person) => (
              <StaffRow
                key={person.id}
                person={person}
                office={officeWords(person, memberName, t)}
                left={hasLeft(person, today)}
                found={person === found}
                mayEdit={mayEdit}
                onRetire={() => setRetiring(person)}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {staff && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg" data-print-keep>
          {t('secretariat.staff.empty')}
        </Text>
      )}
      <RetireStaffModal person={retiring} onClose={() => setRetiring(null)} />
    </PrintableList>
  );
}

/** The search's parameters less one. */
function withoutParam(params: URLSearchParams, name: string): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete(name);
  return next;
}

type RowProps = { person: StaffRecord; office: string; left: boolean; found: boolean; mayEdit: boolean; onRetire: () => void };

function StaffRow({ person, office, left, found, mayEdit, onRetire }: RowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (found) row.current?.scrollIntoView({ block: 'center' });
  }, [found]);
  const shown = writtenName(person.name, format.locale);
  // The other forms the record holds, under the one shown, so a reader of any language can match them.
  const forms = [person.name.native, person.name.latin, person.name.chinese].filter((form): form is string => Boolean(form) && !shown.text.includes(form as string));
  const others = [...new Set(forms)];
  return (
    <Table.Tr ref={row} data-testid="staff-row" data-left={left || undefined} data-found={found || undefined} aria-current={found || undefined} className={found ? classes.found : undefined}>
      <Table.Td>{format.number(person.order)}</Table.Td>
      <Table.Td>
        <Text fw={500} span lang={shown.from} style={{ whiteSpace: 'nowrap' }}>
          {shown.text}
        </Text>
        {shown.from && <FallbackMarker language={shown.from} />}
        {others.length > 0 && (
          <Text size="xs" c="dimmed">
            {others.join(' · ')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <LocalizedText value={person.role} />
      </Table.Td>
      <Table.Td>{office}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{person.from ? format.date(person.from) : <Text span c="dimmed" size="sm">{t('common.unknown')}</Text>}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {person.to ? format.date(person.to) : t('common.none')}
        {left && (
          <Badge ml={6} size="sm" variant="light" color="gray">
            {t('secretariat.staff.left')}
          </Badge>
        )}
      </Table.Td>
      {mayEdit && (
        <Table.Td className={classes.actions}>
          <Group gap={4} wrap="nowrap">
            <Tooltip label={t('common.edit')} openDelay={300}>
              <ActionIcon component={Link} to={`/secretariat/staff/${person.id}/edit`} variant="subtle" aria-label={`${t('common.edit')}: ${shown.text}`}>
                <IconPencil size={16} aria-hidden />
              </ActionIcon>
            </Tooltip>
            {!left && (
              <Tooltip label={t('secretariat.staff.retire')} openDelay={300}>
                <ActionIcon variant="subtle" color="gray" onClick={onRetire} aria-label={`${t('secretariat.staff.retire')}: ${shown.text}`}>
                  <IconDoorExit size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
