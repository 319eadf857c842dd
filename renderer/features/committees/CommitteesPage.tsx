import { Anchor, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { assessCommitteeActivity } from '../../../shared/governance/committee-activity';
import { useCommittees, useLatestCommitteeMeetings, useMembers, withRecordedMeetings } from '../../db/queries';
import { useFormat } from '../../i18n/use-format';
import { CommitteeStatusBadge } from './CommitteeStatus';
import { AsOfField } from './AsOfField';
import { useAsOf } from './use-as-of';
import { LocalizedText } from '../common/LocalizedText';

/** The specialised committees as in the report's table, with inactive coordinators flagged. */
export function CommitteesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const committees = useCommittees();
  const members = useMembers();
  const [asOf, setAsOf] = useAsOf();
  const latestMeetings = useLatestCommitteeMeetings();
  const [showRetired, setShowRetired] = useState(false);
  // The detail page judges activity at the same date as the list it was opened from.
  const asOfSearch = useLocation().search;

  const memberNames = useMemo(() => new Map((members ?? []).map((member) => [member.id, member.names])), [members]);

  const rows = useMemo(
    () =>
      (committees ?? [])
        .map((committee) => ({ committee, activity: assessCommitteeActivity(withRecordedMeetings(committee, latestMeetings), asOf) }))
        .filter(({ activity }) => showRetired || activity.status !== 'retired')
        .sort(
          (a, b) =>
            a.committee.foundedYear - b.committee.foundedYear ||
            (a.committee.regulationNumber ?? 99) - (b.committee.regulationNumber ?? 99),
        ),
    [committees, asOf, showRetired, latestMeetings],
  );
  const running = rows.filter(({ activity }) => activity.status !== 'retired').length;
  const inactive = rows.filter(({ activity }) => activity.status === 'inactive').length;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('committees.title')}</Title>
          <Text c="dimmed" data-testid="committees-summary">
            {t('committees.summary', { active: format.number(running), inactive: format.number(inactive) })}
          </Text>
        </div>
        <Button component={Link} to="/committees/new" leftSection={<IconPlus size={18} aria-hidden />}>
          {t('committees.add')}
        </Button>
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
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="committees-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('committee.name')}</Table.Th>
              <Table.Th>{t('committee.coordinators')}</Table.Th>
              <Table.Th>{t('committee.foundedYear')}</Table.Th>
              <Table.Th>{t('committee.meetingsHeld')}</Table.Th>
              <Table.Th>{t('committee.field')}</Table.Th>
              <Table.Th>{t('committee.regulationNumber')}</Table.Th>
              <Table.Th>{t('committee.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ committee, activity }) => (
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
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {committees && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          {t('committees.empty')}
        </Text>
      )}
    </Stack>
  );
}
