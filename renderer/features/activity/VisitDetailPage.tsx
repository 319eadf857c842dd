import { Anchor, Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AnyNames } from '../../../shared/domain/names';
import { useDatabase } from '../../db/database-context';
import { addFollowUp, deleteVisit } from '../../domain/activity';
import { useFormat } from '../../i18n/use-format';
import { ConfirmModal } from '../common/ConfirmModal';
import { DateField } from '../common/DateField';
import { RecordActions } from '../common/RecordActions';
import { describeError } from '../common/describe-error';
import { DetailList } from '../common/DetailList';
import { NotFound } from '../common/NotFound';
import { RecordInfo } from '../common/RecordInfo';
import { DraftNotice } from '../common/use-form-draft';
import { useStateDraft } from '../common/use-state-draft';
import { FollowUpItem } from './FollowUpItem';
import { useCountWords } from './meeting-counts';
import { LocalizedText } from '../common/LocalizedText';

/** One visit: who met whom, where, why, what came of it, and its follow-ups. */
export function VisitDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const { counted } = useCountWords();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const data = useLiveQuery(async () => {
    const visit = await db.visits.get(id);
    if (!visit || visit.deleted) return null;
    const [members, contacts, committee, followUps] = await Promise.all([
      db.members.bulkGet(visit.memberIds),
      db.contacts.bulkGet(visit.contactIds),
      visit.committeeId ? db.committees.get(visit.committeeId) : undefined,
      db.followUps.where('visitId').equals(id).filter((row) => !row.deleted).toArray(),
    ]);
    return { visit, members, contacts, committee, followUps };
  }, [db, id]);

  if (data === undefined) return null;
  if (data === null) return <NotFound />;
  const { visit, members, contacts, committee, followUps } = data;
  const text = (value?: AnyNames) => <LocalizedText value={value} empty={t('common.none')} />;
  const dates = visit.endDate ? `${format.date(visit.date)} – ${format.date(visit.endDate)}` : format.date(visit.date);
  // Only the counts the record gives; a visit that counts nobody shows no row for them.
  const counts: Array<[string, ReactNode]> = [
    ...(visit.headcount !== undefined ? [[t('visits.headcount'), counted(visit.headcount, visit.headcountAtLeast)] as [string, ReactNode]] : []),
    ...(visit.memberCount !== undefined ? [[t('visits.memberCount'), counted(visit.memberCount)] as [string, ReactNode]] : []),
  ];

  return (
    <Stack maw={960}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge variant="light">{t('kinds.visit')}</Badge>
            <Text c="dimmed">{dates}</Text>
          </Group>
          <Title order={2}>
            <LocalizedText value={visit.title} />
          </Title>
        </div>
        <RecordActions editPath={`/activity/visits/${visit.id}/edit`} onDelete={() => setConfirming(true)} />
      </Group>
      <DetailList
        label={t('kinds.visit')}
        rows={[
          [t('visits.direction'), t(`directions.${visit.direction}`)],
          [t('visits.counterpartType'), t(`counterpartTypes.${visit.counterpartType}`)],
          [
            t('visits.members'),
            members.length > 0 ? (
              <Group gap="xs">
                {members.map((member) =>
                  member ? (
                    <Anchor key={member.id} component={Link} to={`/members/${member.id}`}>
                      <LocalizedText value={member.names} />
                    </Anchor>
                  ) : null,
                )}
              </Group>
            ) : (
              t('common.none')
            ),
          ],
          [t('visits.counterpart'), text(visit.counterpart)],
          [t('visits.contacts'), contacts.filter(Boolean).map((contact) => [contact?.name, contact?.latin].filter(Boolean).join(' / ')).join(', ') || t('common.none')],
          ...counts,
          [t('visits.city'), text(visit.city)],
          [t('visits.purpose'), text(visit.purpose)],
          [t('visits.topics'), visit.topics.join(', ') || t('common.none')],
          [t('visits.outcome'), text(visit.outcome)],
          [
            t('visits.committee'),
            committee ? (
              <Anchor component={Link} to={`/committees/${committee.id}`}>
                <LocalizedText value={committee.names} />
              </Anchor>
            ) : (
              t('common.none')
            ),
          ],
          [t('visits.staff'), visit.staff.join(', ')],
          [t('visits.office'), visit.office],
        ]}
      />
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('visits.followUps')}
        </Title>
        {followUps.map((followUp) => (
          <FollowUpItem key={followUp.id} followUp={followUp} />
        ))}
        <NewFollowUp visitId={visit.id} defaultOwner={visit.staff[0] ?? ''} />
      </Stack>
      <RecordInfo record={visit} />
      <ConfirmModal
        opened={confirming}
        title={t('visits.deleteTitle')}
        body={t('visits.deleteBody')}
        confirmLabel={t('common.delete')}
        onClose={() => setConfirming(false)}
        describe={(error) => describeError(error, t)}
        onConfirm={async () => {
          await deleteVisit(db, visit.id);
          notifications.show({ color: 'green', message: t('visits.deleted') });
          void navigate('/activity', { replace: true });
        }}
      />
    </Stack>
  );
}

function NewFollowUp({ visitId, defaultOwner }: { visitId: string; defaultOwner: string }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const draft = useStateDraft(`followUp:new:${visitId}`, { text: '', dueOn: '', owner: defaultOwner });
  const { text, dueOn, owner } = draft.values;
  const setText = (value: string) => draft.set('text', value);
  const setDueOn = (value: string) => draft.set('dueOn', value);
  const setOwner = (value: string) => draft.set('owner', value);
  const [error, setError] = useState<string | undefined>();
  const add = async () => {
    try {
      await addFollowUp(db, visitId, { text, owner, ...(dueOn ? { dueOn } : {}) });
      await draft.savedAndReset({ text: '', dueOn: '', owner });
      setError(undefined);
    } catch (failure) {
      setError(describeError(failure, t));
    }
  };
  return (
    <>
    <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
    <Group
      align="flex-start"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <TextInput label={t('visits.followUpText')} value={text} onChange={(event) => setText(event.currentTarget.value)} error={error} style={{ flex: 1 }} />
      <DateField label={t('visits.followUpDue')} value={dueOn} onChange={setDueOn} precision="month" dayFirst w={170} />
      <TextInput label={t('visits.followUpOwner')} value={owner} onChange={(event) => setOwner(event.currentTarget.value)} w={180} />
      <Button type="submit" variant="default" mt={25}>
        {t('visits.addFollowUp')}
      </Button>
    </Group>
    </>
  );
}
