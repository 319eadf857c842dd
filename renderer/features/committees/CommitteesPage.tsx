import { Anchor, Button, Group, Switch, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CommitteeRecord } from '../../../shared/domain/committee';
import { byListPosition, localizedName } from '../../../shared/domain/names';
import { assessCommitteeActivity, type CommitteeActivity } from '../../../shared/governance/committee-activity';
import { listTable, sortList, type ListColumn } from '../../../shared/tables/list';
import { useCommittees, useLatestCommitteeMeetings, useMembers, withRecordedMeetings } from '../../db/queries';
import { useFormat } from '../../i18n/use-format';
import { ListActions } from '../common/ListActions';
import { AsOfField } from './AsOfField';
import { PrintableList } from '../common/PrintableList';
import { SortableHead } from '../common/SortableTh';
import { describeSort, useListSort } from '../common/use-list-sort';
import { CommitteeStatusBadge, STATUS_LABELS, useLastMeetingWords } from './CommitteeStatus';
import { useAsOf } from './use-as-of';
import { LocalizedText } from '../common/LocalizedText';

/** A committee with its last meeting taken from the meeting records too, and its standing on the date shown. */
type CommitteeRow = { committee: CommitteeRecord; facts: CommitteeRecord; activity: CommitteeActivity; coordinators: string };

const SORT_KEYS = ['name', 'coordinators', 'founded', 'meetings', 'field', 'regulation', 'status'];

/** The specialised committees in the official list's order (the report's table), with inactive coordinators flagged. */
export function CommitteesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const lastMeeting = useLastMeetingWords();
  const committees = useCommittees();
  const members = useMembers();
  const [asOf, setAsOf] = useAsOf();
  const latestMeetings = useLatestCommitteeMeetings();
  const [showRetired, setShowRetired] = useState(false);
  // The detail page judges activity at the same date as the list it was opened from.
  const asOfSearch = useLocation().search;

  const memberNames = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.names])), [members]);

  const columns = useMemo<Array<ListColumn<CommitteeRow>>>(
    () => [
      { key: 'name', label: t('committee.name'), value: (row) => format.name(row.committee.names) },
      { key: 'coordinators', label: t('committee.coordinators'), value: (row) => row.coordinators },
      { key: 'founded', label: t('committee.foundedYear'), value: (row) => row.committee.foundedYear },
      { key: 'meetings', label: t('committee.meetingsHeld'), value: (row) => row.committee.meetingsHeld || null },
      { key: 'field', label: t('committee.field'), value: (row) => localizedName(row.committee.field, format.locale) },
      { key: 'regulation', label: t('committee.regulationNumber'), value: (row) => row.committee.regulationNumber ?? null },
      { key: 'status', label: t('committee.status'), value: (row) => t(STATUS_LABELS[row.activity.status]) },
    ],
    [t, format],
  );
  const lastMeetingOf = (facts: CommitteeRecord) => lastMeeting(facts.lastMeetingOn ? { on: facts.lastMeetingOn, orEarlier: facts.lastMeetingOrEarlier } : undefined);
  // Exported with the last meeting as the record gives it; on screen it stands under the status, where the table has room.
  const exported: Array<ListColumn<CommitteeRow>> = [...columns.slice(0, 4), { key: 'lastMeeting', label: t('committee.lastMeetingOn'), value: (row) => lastMeetingOf(row.facts) }, ...columns.slice(4)];
  const [sort, sortBy] = useListSort(SORT_KEYS);

  const all = useMemo(
    () =>
      (committees ?? [])
        .map((committee) => ({ committee, facts: withRecordedMeetings(committee, latestMeetings) }))
        .map(({ committee, facts }) => ({
          committee,
          facts,
          activity: assessCommitteeActivity(facts, asOf),
          coordinators: committee.coordinatorIds
            .map((id) => {
              const names = memberNames.get(id);
              return names ? format.name(names) : t('common.none');
            })
            .join(', '),
        }))
        .filter(({ activity }) => showRetired || activity.status !== 'retired')
        .sort(
          (a, b) =>
            byListPosition(a.committee, b.committee) ||
            a.committee.foundedYear - b.committee.foundedYear ||
            (a.committee.regulationNumber ?? 99) - (b.committee.regulationNumber ?? 99),
        ),
    [committees, asOf, showRetired, latestMeetings, memberNames, format, t],
  );
  const rows = useMemo(() => sortList(all, columns, sort, format.collator), [all, columns, sort, format]);
  const applied: Array<[string, string]> = [[t('committees.asOf'), format.date(asOf)]];
  if (showRetired) applied.push([t('committees.showRetired'), t('common.yes')]);
  const running = rows.filter(({ activity }) => activity.status !== 'retired').length;
  const inactive = rows.filter(({ activity }) => activity.status === 'inactive').length;

  return (
    <PrintableList title={t('committees.title')} filters={applied} order={describeSort(columns, sort, t)} count={rows.length}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('committees.title')}</Title>
          <Text c="dimmed" data-testid="committees-summary">
            {t('committees.summary', { active: format.number(running), inactive: format.number(inactive) })}
          </Text>
        </div>
        <Group gap="xs">
          <ListActions title={t('committees.title')} table={() => listTable(t('committees.title'), exported, rows)} />
          <Button component={Link} to="/committees/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('committees.add')}
          </Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <AsOfField label={t('committees.asOf')} asOf={asOf} onChange={setAsOf} w={200} data-testid="as-of" />
        <Switch
          label={t('committees.showRetired')}
          checked={showRetired}
          onChange={(event) => setShowRetired(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <Table.ScrollContainer minWidth={900} data-print-keep>
        <Table striped highlightOnHover data-testid="committees-table">
          <SortableHead columns={columns} sort={sort} onSort={sortBy} />
          <Table.Tbody>
            {rows.map(({ committee, facts, activity }) => (
              <Table.Tr key={committee.id} data-testid="committee-row" data-status={activity.status}>
                <Table.Td>
                  <Anchor component={Link} to={{ pathname: `/committees/${committee.id}`, search: asOfSearch }} fw={500}>
                    <LocalizedText value={committee.names} />
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {committee.coordinatorIds.map((id, index) => (
                    <Fragment key={id}>
                      {index > 0 && ', '}
                      <LocalizedText value={memberNames.get(id)} empty={t('common.none')} />
                    </Fragment>
                  ))}
                </Table.Td>
                <Table.Td>{format.year(committee.foundedYear)}</Table.Td>
                <Table.Td>{committee.meetingsHeld > 0 ? format.number(committee.meetingsHeld) : t('common.none')}</Table.Td>
                <Table.Td>
                  <LocalizedText value={committee.field} empty={t('common.none')} />
                </Table.Td>
                <Table.Td>{committee.regulationNumber ?? t('common.none')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <CommitteeStatusBadge activity={activity} />
                  <Text size="xs" c="dimmed" mt={2} data-testid="committee-last-meeting">
                    {lastMeetingOf(facts) ?? t('common.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {committees && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg" data-print-keep>
          {t('committees.empty')}
        </Text>
      )}
    </PrintableList>
  );
}
