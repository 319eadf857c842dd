import { Anchor, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { MEMBER_COUNTRIES } from '../../../shared/domain/countries';
import type { AnyNames } from '../../../shared/domain/names';
import { useDatabase } from '../../db/database-context';
import { deleteMeeting } from '../../domain/activity';
import { useFormat } from '../../i18n/use-format';
import { AssemblySummary } from '../assembly/AssemblySummary';
import { VOTING_MEETINGS } from '../assembly/use-assembly';
import { ConfirmModal } from '../common/ConfirmModal';
import { RecordActions } from '../common/RecordActions';
import { describeError } from '../common/describe-error';
import { DetailList } from '../common/DetailList';
import { NotFound } from '../common/NotFound';
import { RecordInfo } from '../common/RecordInfo';
import { useCountWords } from './meeting-counts';
import { LocalizedText } from '../common/LocalizedText';

const OTHER = 'other';
const COUNT_KEYS = [...MEMBER_COUNTRIES, OTHER] as const;

/** One meeting or event: when, where, who took part (by name or by count), and what it decided. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const countWords = useCountWords();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const data = useLiveQuery(async () => {
    const meeting = await db.meetings.get(id);
    if (!meeting || meeting.deleted) return null;
    const [participants, host, committee] = await Promise.all([
      db.members.bulkGet(meeting.participantIds),
      meeting.hostMemberId ? db.members.get(meeting.hostMemberId) : undefined,
      meeting.committeeId ? db.committees.get(meeting.committeeId) : undefined,
    ]);
    return { meeting, participants, host, committee };
  }, [db, id]);

  if (data === undefined) return null;
  if (data === null) return <NotFound />;
  const { meeting, participants, host, committee } = data;
  const text = (value?: AnyNames) => <LocalizedText value={value} empty={t('common.none')} />;
  const dates = meeting.endDate ? `${format.date(meeting.startDate)} – ${format.date(meeting.endDate)}` : format.date(meeting.startDate);
  const counts = Object.entries(meeting.participantCounts).filter(([, value]) => value !== undefined) as Array<[string, number]>;
  const total = counts.reduce((sum, [, value]) => sum + value, 0);
  const rows: Array<[string, ReactNode]> = [
    [t('meetings.kind'), t(`kinds.${meeting.kind}`)],
    ...(meeting.edition ? [[t('meetings.edition'), format.number(meeting.edition)] as [string, ReactNode]] : []),
    [
      t('meetings.committee'),
      committee ? (
        <Anchor component={Link} to={`/committees/${committee.id}`}>
          <LocalizedText value={committee.names} />
        </Anchor>
      ) : (
        t('common.none')
      ),
    ],
    [
      t('meetings.host'),
      host ? (
        <Anchor component={Link} to={`/members/${host.id}`}>
          <LocalizedText value={host.names} />
        </Anchor>
      ) : (
        t('common.none')
      ),
    ],
    [t('meetings.city'), text(meeting.city)],
    [t('meetings.venue'), text(meeting.venue)],
    [t('meetings.theme'), text(meeting.theme)],
    [t('meetings.headcount'), meeting.headcount !== undefined ? countWords.counted(meeting.headcount, meeting.headcountAtLeast) : t('common.none')],
    ...countWords.rows(meeting),
    ...(meeting.writtenResolutions !== undefined
      ? [[t('meetings.writtenResolutions'), format.number(meeting.writtenResolutions)] as [string, ReactNode]]
      : []),
  ];

  return (
    <Stack maw={960}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="xs">
            <Badge variant="light" color="grape">
              {t(`kinds.${meeting.kind}`)}
            </Badge>
            <Text c="dimmed">{dates}</Text>
          </Group>
          <Title order={2}>
            <LocalizedText value={meeting.title} />
          </Title>
        </div>
        <RecordActions editPath={`/activity/meetings/${meeting.id}/edit`} onDelete={() => setConfirming(true)} />
      </Group>
      {meeting.summary && <Text>{text(meeting.summary)}</Text>}
      <DetailList label={format.name(meeting.title)} rows={rows} />

      {counts.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('meetings.participantCounts')} ({t(`meetings.countUnits.${meeting.countUnit}`)})
          </Title>
          <Table withTableBorder w="fit-content" data-testid="participant-counts">
            <Table.Tbody>
              {COUNT_KEYS.map((code) => {
                const value = meeting.participantCounts[code as keyof typeof meeting.participantCounts];
                return value === undefined ? null : (
                  <Table.Tr key={code}>
                    <Table.Th>{code === OTHER ? t('meetings.other') : format.country(code)}</Table.Th>
                    <Table.Td ta="right">{format.number(value)}</Table.Td>
                  </Table.Tr>
                );
              })}
              <Table.Tr>
                <Table.Th>{t('meetings.total')}</Table.Th>
                <Table.Td ta="right" fw={700} data-testid="participant-total">
                  {format.number(total)}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Stack>
      )}

      {participants.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h4">
            {t('meetings.participants')}
          </Title>
          <Group gap="xs">
            {participants.map((member) =>
              member ? (
                <Anchor key={member.id} component={Link} to={`/members/${member.id}`}>
                  <LocalizedText value={member.names} />
                </Anchor>
              ) : null,
            )}
          </Group>
        </Stack>
      )}

      {VOTING_MEETINGS.has(meeting.kind) && <AssemblySummary meetingId={meeting.id} />}
      <TextList title={t('meetings.agendaItems')} items={meeting.agendaItems.map(text)} ordered testId="agenda-items" />
      <TextList
        title={t('meetings.outcomes')}
        items={meeting.outcomes.map((outcome) => (
          <>
            <Badge variant="light" color="gray" size="sm" mr={6}>
              {t(`meetings.outcomeKinds.${outcome.kind}`)}
            </Badge>
            {text(outcome.text)}
          </>
        ))}
      />
      <TextList title={t('meetings.sideEvents')} items={meeting.sideEvents.map(text)} />
      <RecordInfo record={meeting} />
      <ConfirmModal
        opened={confirming}
        title={t('meetings.deleteTitle')}
        body={t('meetings.deleteBody')}
        confirmLabel={t('common.delete')}
        onClose={() => setConfirming(false)}
        describe={(error) => describeError(error, t)}
        onConfirm={async () => {
          await deleteMeeting(db, meeting.id);
          notifications.show({ color: 'green', message: t('meetings.deleted') });
          void navigate('/activity', { replace: true });
        }}
      />
    </Stack>
  );
}

function TextList({ title, items, ordered, testId }: { title: string; items: ReactNode[]; ordered?: boolean; testId?: string }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={4}>
      <Title order={3} size="h4">
        {title}
      </Title>
      <List type={ordered ? 'ordered' : 'unordered'} data-testid={testId}>
        {items.map((item, index) => (
          <List.Item key={index}>{item}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
