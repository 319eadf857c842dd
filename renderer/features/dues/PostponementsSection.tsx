import { ActionIcon, Alert, Button, Group, SegmentedControl, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarDue, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOpenEnded, type DuesPostponementRecord } from '../../../shared/domain/dues';
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
import { EndPostponementModal } from './EndPostponementModal';
import { fieldErrors, NO_FIELD_ERRORS, type FieldErrors } from './field-errors';
import { meetingOptions, useDecidingMeetings, usePostponementWords } from './postponement-words';
import type { Ledger } from './use-ledger';

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

type PostponementValues = {
  /** Listed years, or open-ended from a year until a later decision. */
  mode: 'listed' | 'from';
  years: string;
  from: string;
  awaiting: string;
  decidedOn: string;
  meetingId: string | null;
  note: string;
};

const FIELDS = ['fiscalYears', 'fromFiscalYear', 'awaiting', 'decidedOn', 'meetingId', 'note'];

type Props = {
  ledger: Ledger;
  /** The date the ledger shows, on which ending a postponement counts the votes it costs. */
  asOf: string;
  /** Shows the ledger on another date: where an end just saved changes the votes. */
  onShowDate: (asOf: string) => void;
  mayEdit: boolean;
};

/**
 * The decisions postponing dues (listed years, or from a year until a later decision): listed for
 * everyone, recorded, ended and withdrawn by Pohang.
 */
export function PostponementsSection({ ledger, asOf, onShowDate, mayEdit }: Props) {
  const { postponements } = ledger;
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const meetings = useDecidingMeetings();
  const words = usePostponementWords(meetings);
  const empty: PostponementValues = { mode: 'listed', years: '', from: '', awaiting: '', decidedOn: todayIso(), meetingId: null, note: '' };
  const draft = useStateDraft<PostponementValues>('duesPostponement:new', empty);
  const { mode = 'listed', years, from = '', awaiting = '', decidedOn, meetingId, note } = draft.values;
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const [removing, setRemoving] = useState<DuesPostponementRecord | null>(null);
  const [ending, setEnding] = useState<DuesPostponementRecord | null>(null);
  const localized = (text: string) => (text.trim() ? { [format.locale]: text.trim() } : undefined);

  const add = async () => {
    try {
      await addPostponement(db, {
        ...(mode === 'listed' ? { fiscalYears: parseYears(years) } : { fromFiscalYear: from.trim() ? Number(from) : undefined, awaiting: localized(awaiting) }),
        decidedOn,
        meetingId: meetingId ?? undefined,
        note: localized(note),
      });
      notifications.show({ color: 'green', message: t('governance.postponement.added') });
      await draft.savedAndReset({ ...empty, mode, decidedOn, meetingId });
      setErrors(NO_FIELD_ERRORS);
    } catch (error) {
      setErrors(fieldErrors(error, t, FIELDS));
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
              <Table.Th scope="col">{t('record.postponement.decided')}</Table.Th>
              <Table.Th scope="col">{t('record.postponement.confirmed')}</Table.Th>
              <Table.Th scope="col">{t('governance.postponement.note')}</Table.Th>
              {mayEdit && <Table.Th scope="col" />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((decision) => (
              <Table.Tr key={decision.id}>
                <Table.Td>
                  {words.years(decision)}
                  {words.awaiting(decision) && (
                    <Text size="sm" c="dimmed">
                      {t('record.postponement.awaiting', { decision: words.awaiting(decision) })}
                    </Text>
                  )}
                  {words.ended(decision) && (
                    <Text size="sm" c="dimmed">
                      {t('record.postponement.endedBy', { decision: words.ended(decision) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{words.decided(decision)}</Table.Td>
                <Table.Td>{words.confirmed(decision) || t('common.none')}</Table.Td>
                <Table.Td>{textIn(decision.note, format.locale) || t('common.none')}</Table.Td>
                {mayEdit && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      {isOpenEnded(decision) && (
                        <Button variant="default" size="compact-sm" leftSection={<IconCalendarDue size={14} aria-hidden />} onClick={() => setEnding(decision)}>
                          {t('governance.postponement.end')}
                        </Button>
                      )}
                      {decision.untilFiscalYear !== undefined && (
                        <ActionIcon variant="subtle" aria-label={t('governance.postponement.editEnd')} onClick={() => setEnding(decision)}>
                          <IconPencil size={16} aria-hidden />
                        </ActionIcon>
                      )}
                      <ActionIcon variant="subtle" color="red" aria-label={t('governance.postponement.remove')} onClick={() => setRemoving(decision)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Group>
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
          <SegmentedControl
            value={mode}
            onChange={(value) => draft.set('mode', value as PostponementValues['mode'])}
            data={[
              { value: 'listed', label: t('record.postponement.modeListed') },
              { value: 'from', label: t('record.postponement.modeFrom') },
            ]}
            w="fit-content"
          />
          <Group align="flex-start">
            {mode === 'listed' ? (
              <TextInput
                label={t('governance.postponement.fiscalYears')}
                description={t('governance.postponement.yearsHint')}
                value={years}
                onChange={(event) => draft.set('years', event.currentTarget.value)}
                error={errors.byField.fiscalYears}
                w={200}
              />
            ) : (
              <>
                <TextInput
                  label={t('record.postponement.fromYear')}
                  description={t('record.postponement.fromHint')}
                  value={from}
                  inputMode="numeric"
                  onChange={(event) => draft.set('from', event.currentTarget.value)}
                  error={errors.byField.fromFiscalYear ?? errors.byField.fiscalYears}
                  w={200}
                />
                <TextInput
                  label={t('record.postponement.awaitingLabel')}
                  description={t('record.postponement.awaitingHint')}
                  value={awaiting}
                  onChange={(event) => draft.set('awaiting', event.currentTarget.value)}
                  error={errors.byField.awaiting}
                  w={280}
                />
              </>
            )}
            <DateField
              label={t('governance.postponement.decidedOn')}
              value={decidedOn}
              onChange={(value) => draft.set('decidedOn', value)}
              error={errors.byField.decidedOn}
              precision="year"
              w={170}
            />
            <Select
              label={t('governance.postponement.meetingId')}
              clearable
              value={meetingId}
              onChange={(value) => draft.set('meetingId', value)}
              data={meetingOptions(meetings, format)}
              error={errors.byField.meetingId}
              w={280}
            />
          </Group>
          <TextInput label={t('governance.postponement.note')} value={note} onChange={(event) => draft.set('note', event.currentTarget.value)} error={errors.byField.note} />
          {errors.general && <Alert color="red">{errors.general}</Alert>}
          <Group>
            <Button onClick={add}>{t('governance.postponement.add')}</Button>
          </Group>
        </Stack>
      )}
      <EndPostponementModal decision={ending} ledger={ledger} asOf={asOf} onEnded={onShowDate} onClose={() => setEnding(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('governance.postponement.removeTitle')}
        body={t('governance.postponement.removeBody', { years: removing ? words.years(removing) : '' })}
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
