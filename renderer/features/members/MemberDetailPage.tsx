import { Alert, Anchor, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { missingLocales } from '../../../shared/domain/names';
import { LOCALES } from '../../../shared/i18n/locales';
import { useDatabase } from '../../db/database-context';
import { useMember } from '../../db/queries';
import { deleteMember } from '../../domain/members';
import { useFormat } from '../../i18n/use-format';
import { ActivityHistory } from '../activity/ActivityHistory';
import { ConfirmModal } from '../common/ConfirmModal';
import { RecordActions } from '../common/RecordActions';
import { describeError } from '../common/describe-error';
import { DetailList } from '../common/DetailList';
import { MemberDuesSection } from '../dues/MemberDuesSection';
import { NotFound } from '../common/NotFound';
import { RecordInfo } from '../common/RecordInfo';
import { LocalizedText } from '../common/LocalizedText';
import { AdmissionText } from './MembershipDates';

/** One member government: its names in every language, its facts, and the committees it coordinates. */
export function MemberDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const navigate = useNavigate();
  const member = useMember(id);
  const [confirming, setConfirming] = useState(false);
  const coordinated = useLiveQuery(
    () =>
      db.committees
        .where('deleted')
        .equals(0)
        .filter((committee) => Boolean(id) && committee.coordinatorIds.includes(id as string))
        .toArray(),
    [db, id],
  );

  if (member === undefined) return null;
  if (member === null) return <NotFound />;
  const name = format.name(member.names);
  const missing = missingLocales(member.names);
  // Only running committees block deletion: a retired one needs no coordinator.
  const running = (coordinated ?? []).filter((committee) => !committee.retiredOn);

  return (
    <Stack maw={880}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>
            <LocalizedText value={member.names} />
          </Title>
          <Text c="dimmed">{member.names.native}</Text>
        </div>
        <RecordActions editPath={`/members/${member.id}/edit`} onDelete={() => setConfirming(true)} />
      </Group>

      {missing.length > 0 && (
        <Alert color="yellow">
          {t('members.missingNames', { languages: missing.map((locale) => t(`languages.${locale}`)).join(', ') })}
        </Alert>
      )}

      <DetailList
        label={t('member.names')}
        rows={[
          ...LOCALES.map((locale): [string, React.ReactNode] => [
            t(`languages.${locale}`),
            <span lang={locale}>{member.names[locale] ?? t('common.none')}</span>,
          ]),
          [t('languages.native'), member.names.native],
        ]}
      />
      <DetailList
        label={t('member.name')}
        rows={[
          [t('member.country'), format.country(member.country)],
          [
            t('member.kind'),
            member.kind === 'associate' ? (
              <Badge variant="light" color="grape">
                {t('member.kindAssociate')}
              </Badge>
            ) : (
              t('member.kindMember')
            ),
          ],
          [t('member.admittedYear'), <AdmissionText member={member} />],
          ...(member.withdrawnOn ? [[t('member.withdrawnOn'), format.date(member.withdrawnOn)] as [string, string]] : []),
          [
            t('member.founding'),
            member.founding === true ? t('member.foundingYes') : member.founding === false ? t('member.foundingNo') : t('member.foundingUnknown'),
          ],
          ...(member.notes ? [[t('member.notes'), member.notes] as [string, string]] : []),
        ]}
      />

      <MemberDuesSection member={member} />

      <Stack gap={4}>
        <Title order={3} size="h4">
          {t('members.coordinates')}
        </Title>
        {coordinated && coordinated.length > 0 ? (
          <List>
            {coordinated.map((committee) => (
              <List.Item key={committee.id}>
                <Anchor component={Link} to={`/committees/${committee.id}`}>
                  <LocalizedText value={committee.names} />
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('members.coordinatesNone')}</Text>
        )}
      </Stack>

      <ActivityHistory memberId={member.id} />
      <RecordInfo record={member} />

      <ConfirmModal
        opened={confirming}
        title={t('members.deleteTitle', { name })}
        body={t('members.deleteBody')}
        confirmLabel={t('common.delete')}
        onClose={() => setConfirming(false)}
        describe={(error) => describeError(error, t)}
        blockedReason={
          running.length > 0
            ? t('validation.memberCoordinates', {
                name,
                committees: running.map((committee) => format.name(committee.names)).join(', '),
              })
            : undefined
        }
        onConfirm={async () => {
          await deleteMember(db, member.id);
          notifications.show({ color: 'green', message: t('members.deleted', { name }) });
          void navigate('/members', { replace: true });
        }}
      />
    </Stack>
  );
}
