import { ActionIcon, Alert, Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuesPostponementRecord } from '../../../shared/domain/dues';
import { useDatabase } from '../../db/database-context';
import { addPostponement, removePostponement } from '../../domain/dues';
import { useFormat } from '../../i18n/use-format';
import { textIn } from '../activity/localized-input';
import { ConfirmModal } from '../common/ConfirmModal';
import { DateField } from '../common/DateField';
import { describeError } from '../common/describe-error';
import { Section } from '../common/Section';
import { todayIso } from '../committees/use-as-of';
import { DraftNotice } from '../common/use-form-draft';
import { useStateDraft } from '../common/use-state-draft';
import { fieldErrors, NO_FIELD_ERRORS, type FieldErrors } from './field-errors';

/** "2018, 2019" or "2018–2021" from a comma, space or dash separated list a person types. */
function parseYears(text: string): number[] {
  return text
    .split(/[\s,、，]+/)
    .filter(Boolean)
    .flatMap((part) => {
      const range = /^(\d{4})\s*[-–~]\s*(\d{4})$/.exec(part);
      if (!range) return [Number(part)];
      const [from, to] = [Number(range[1]), Number(range[2])];
      return to >= from && to - from < 50 ? Array.from({ length: to - from + 1 }, (_, index) => from + index) : [NaN];
    });
}

type PostponementValues = { years: string; decidedOn: string; meetingId: string | null; note: string };

/** The assembly's decisions postponing dues for given years: listed for everyone, recorded by Pohang. */
export function PostponementsSection({ postponements, mayEdit }: { postponements: DuesPostponementRecord[]; mayEdit: boolean }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const meetings = useLiveQuery(
    () =>
      db.meetings
        .where('deleted')
        .equals(0)
        .filter((meeting) => meeting.kind === 'generalAssembly' || meeting.kind === 'executiveCommittee')
        .toArray(),
    [db],
  );
  const draft = useStateDraft<PostponementValues>('duesPostponement:new', { years: '', decidedOn: todayIso(), meetingId: null, note: '' });
  const { years, decidedOn, meetingId, note } = draft.values;
  const setYears = (value: string) => draft.set('years', value);
  const setDecidedOn = (value: string) => draft.set('decidedOn', value);
  const setMeetingId = (value: string | null) => draft.set('meetingId', value);
  const setNote = (value: string) => draft.set('note', value);
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const [removing, setRemoving] = useState<DuesPostponementRecord | null>(null);
  const meetingTitle = (id: string | undefined) => {
    const meeting = meetings?.find((candidate) => candidate.id === id);
    return meeting ? format.name(meeting.title) : undefined;
  };

  const add = async () => {
    try {
      await addPostponement(db, {
        fiscalYears: parseYears(years),
        decidedOn,
        meetingId: meetingId ?? undefined,
        note: note.trim() ? { [format.locale]: note.trim() } : undefined,
      });
      notifications.show({ color: 'green', message: t('governance.postponement.added') });
      await draft.savedAndReset({ years: '', decidedOn, meetingId, note: '' });
      setErrors(NO_FIELD_ERRORS);
    } catch (error) {
      setErrors(fieldErrors(error, t, ['fiscalYears', 'decidedOn', 'meetingId', 'note']));
    }
  };

  const sorted = [...postponements].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn));
  return (
    <Section title={t('governance.postponement.title')} intro={t('governance.postponement.intro')}>
      {sorted.length === 0 ? (
        <Text c="dimmed">{t('governance.postponement.none')}</Text>
      ) : (
        <Table data-testid="postponements">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('governance.postponement.fiscalYears')}</Table.Th>
              <Table.Th scope="col">{t('governance.postponement.decidedOn')}</Table.Th>
              <Table.Th scope="col">{t('governance.postponement.meetingId')}</Table.Th>
              <Table.Th scope="col">{t('governance.postponement.note')}</Table.Th>
              {mayEdit && <Table.Th scope="col" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((decision) => (
              <Table.Tr key={decision.id}>
                <Table.Td>{decision.fiscalYears.join(', ')}</Table.Td>
                <Table.Td>{format.date(decision.decidedOn)}</Table.Td>
                <Table.Td>
                  {decision.meetingId ? (
                    <Anchor component={Link} to={`/activity/meetings/${decision.meetingId}`}>
                      {meetingTitle(decision.meetingId) ?? t('common.unknown')}
                    </Anchor>
                  ) : (
                    t('common.none')
                  )}
                </Table.Td>
                <Table.Td>{textIn(decision.note, format.locale) || t('common.none')}</Table.Td>
                {mayEdit && (
                  <Table.Td>
                    <ActionIcon variant="subtle" color="red" aria-label={t('governance.postponement.remove')} onClick={() => setRemoving(decision)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {mayEdit && (
        <Stack gap="xs">
          <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
          <Group align="flex-start">
            <TextInput
              label={t('governance.postponement.fiscalYears')}
              description={t('governance.postponement.yearsHint')}
              value={years}
              onChange={(event) => setYears(event.currentTarget.value)}
              error={errors.byField.fiscalYears}
              w={200}
            />
            <DateField label={t('governance.postponement.decidedOn')} value={decidedOn} onChange={setDecidedOn} error={errors.byField.decidedOn} w={170} />
            <Select
              label={t('governance.postponement.meetingId')}
              clearable
              value={meetingId}
              onChange={setMeetingId}
              data={(meetings ?? []).map((meeting) => ({ value: meeting.id, label: `${format.name(meeting.title)} (${meeting.startDate.slice(0, 4)})` }))}
              error={errors.byField.meetingId}
              w={280}
            />
          </Group>
          <TextInput label={t('governance.postponement.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} error={errors.byField.note} />
          {errors.general && <Alert color="red">{errors.general}</Alert>}
          <Group>
            <Button onClick={add}>{t('governance.postponement.add')}</Button>
          </Group>
        </Stack>
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('governance.postponement.removeTitle')}
        body={t('governance.postponement.removeBody', { years: removing?.fiscalYears.join(', ') ?? '' })}
        confirmLabel={t('governance.postponement.remove')}
        onClose={() => setRemoving(null)}
        describe={(error) => describeError(error, t)}
        onConfirm={async () => {
          await removePostponement(db, removing!.id);
          setRemoving(null);
        }}
      />
    </Section>
  );
}
