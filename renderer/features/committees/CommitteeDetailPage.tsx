import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { assessCommitteeActivity } from '../../../shared/governance/committee-activity';
import { LOCALES } from '../../../shared/i18n/locales';
import { useDatabase } from '../../db/database-context';
import { useCommittee, useLatestCommitteeMeetings, useMembers, withRecordedMeetings } from '../../db/queries';
import { reinstateCommittee, retireCommittee } from '../../domain/committees';
import { useIsAuthority } from '../common/use-authority';
import { useFormat } from '../../i18n/use-format';
import { ActivityHistory } from '../activity/ActivityHistory';
import { ConfirmModal } from '../common/ConfirmModal';
import { describeError } from '../common/describe-error';
import { DetailList } from '../common/DetailList';
import { NotFound } from '../common/NotFound';
import { RecordInfo } from '../common/RecordInfo';
import { CommitteeStatusBadge, useActivityHint, useLastMeetingWords } from './CommitteeStatus';
import { todayIso, useAsOf } from './use-as-of';
import { LocalizedText } from '../common/LocalizedText';

/** One specialised committee: names, coordinators, the report's figures and its activity status. */
export function CommitteeDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const committee = useCommittee(id);
  const members = useMembers();
  const [asOf] = useAsOf();
  const latestMeetings = useLatestCommitteeMeetings();
  const hint = useActivityHint();
  const lastMeeting = useLastMeetingWords();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Retiring or reinstating a committee is the secretariat's decision: other laptops do not offer it.
  const mayRetire = useIsAuthority();

  if (committee === undefined) return null;
  if (committee === null) return <NotFound />;
  const name = format.name(committee.names);
  const activity = assessCommitteeActivity(withRecordedMeetings(committee, latestMeetings), asOf);
  const coordinators = committee.coordinatorIds.map((coordinatorId) => members?.find((member) => member.id === coordinatorId));

  const reinstate = async () => {
    setError(null);
    try {
      await reinstateCommittee(db, committee.id);
      notifications.show({ color: 'green', message: t('committees.reinstated', { name }) });
    } catch (failure) {
      setError(describeError(failure, t));
    }
  };

  return (
    <Stack maw={880}>
      <Group justify="space-between" align="flex-start">
        <Group gap="sm">
          <Title order={2}>
            <LocalizedText value={committee.names} />
          </Title>
          <CommitteeStatusBadge activity={activity} />
        </Group>
        <Group>
          <Button component={Link} to={`/committees/${committee.id}/edit`} leftSection={<IconPencil size={16} aria-hidden />}>
            {t('common.edit')}
          </Button>
          {mayRetire &&
            (committee.retiredOn ? (
              <Button variant="light" leftSection={<IconArchiveOff size={16} aria-hidden />} onClick={() => void reinstate()}>
                {t('committees.reinstate')}
              </Button>
            ) : (
              <Button color="red" variant="light" leftSection={<IconArchive size={16} aria-hidden />} onClick={() => setConfirming(true)}>
                {t('committees.retire')}
              </Button>
            ))}
        </Group>
      </Group>
      <Alert color={activity.status === 'inactive' ? 'red' : 'gray'} variant="light">
        {hint(activity)}
      </Alert>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <DetailList
        label={t('committee.names')}
        rows={LOCALES.map((locale) => [
          t(`languages.${locale}`),
          <span lang={locale}>{committee.names[locale] ?? t('common.none')}</span>,
        ])}
      />
      <DetailList
        label={t('committee.name')}
        rows={[
          [
            t('committee.coordinators'),
            <Stack gap={2}>
              {coordinators.map((member, index) =>
                member ? (
                  <Anchor key={member.id} component={Link} to={`/members/${member.id}`}>
                    <LocalizedText value={member.names} />
                  </Anchor>
                ) : (
                  <Text key={committee.coordinatorIds[index]}>{t('common.none')}</Text>
                ),
              )}
            </Stack>,
          ],
          [t('committee.foundedYear'), format.year(committee.foundedYear)],
          [t('committee.meetingsHeld'), committee.meetingsHeld > 0 ? format.number(committee.meetingsHeld) : t('common.none')],
          [t('committee.lastMeetingOn'), lastMeeting(committee.lastMeetingOn ? { on: committee.lastMeetingOn, orEarlier: committee.lastMeetingOrEarlier } : undefined) ?? t('common.unknown')],
          ...(committee.lastActivityOn ? [[t('record.activity.lastActivityOn'), format.date(committee.lastActivityOn)] as [string, string]] : []),
          ...(committee.activityNote ? [[t('record.activity.note'), <LocalizedText value={committee.activityNote} />] as [string, ReactNode]] : []),
          [t('committee.field'), <LocalizedText value={committee.field} empty={t('common.none')} />],
          [t('committee.regulationNumber'), committee.regulationNumber ?? t('common.none')],
          ...(committee.retiredOn ? [[t('committee.retiredOn'), format.date(committee.retiredOn)] as [string, string]] : []),
        ]}
      />
      <ActivityHistory committeeId={committee.id} />
      <RecordInfo record={committee} />
      <ConfirmModal
        opened={confirming}
        title={t('committees.retireTitle', { name })}
        body={t('committees.retireBody')}
        confirmLabel={t('committees.retire')}
        onClose={() => setConfirming(false)}
        describe={(failure) => describeError(failure, t)}
        onConfirm={async () => {
          await retireCommittee(db, committee.id, todayIso());
          notifications.show({ color: 'green', message: t('committees.retired', { name }) });
        }}
      />
    </Stack>
  );
}
