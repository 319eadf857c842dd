import { zodResolver } from '@hookform/resolvers/zod';
import { ActionIcon, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, OUTCOME_KINDS, type MeetingFields, type MeetingRecord } from '../../../shared/domain/activity';
import { domainFields } from '../../../shared/sync/record-stamp';
import { useDatabase } from '../../db/database-context';
import { createMeeting, updateMeeting } from '../../domain/activity';
import { useFormat } from '../../i18n/use-format';
import { todayIso } from '../committees/use-as-of';
import { EditRoute } from '../common/EditRoute';
import { FormCountField } from '../common/FormCountField';
import { useFieldError } from '../common/use-field-error';
import { DraftNotice, useFormDraft } from '../common/use-form-draft';
import { useCommitteeOptions, useMemberOptions } from '../common/use-record-options';
import { FormActions, FormError, useRecordSubmit } from '../common/use-record-submit';
import { DateSpanFields } from './DateSpanFields';
import { COUNT_FIELDS, meetingFormSchema, meetingFormValues, type MeetingFormValues } from './meeting-form-values';

const COUNT_UNITS = ['members', 'entries', 'people'] as const;
const OTHER = 'other';

/** Record a meeting or event (`/activity/meetings/new`) or edit one (`/activity/meetings/:id/edit`). */
export function MeetingEditPage() {
  return <EditRoute table={(db) => db.meetings} render={(meeting) => <MeetingForm meeting={meeting} />} />;
}

function NumberField({ control, name, label, error }: { control: Control<MeetingFormValues, unknown, MeetingFields>; name: `counts.${(typeof COUNT_FIELDS)[number]}` | 'edition' | 'headcount' | 'writtenResolutions'; label: string; error?: string }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput label={label} value={field.value} onChange={field.onChange} onBlur={field.onBlur} allowDecimal={false} allowNegative={false} hideControls error={error} />
      )}
    />
  );
}

function MeetingForm({ meeting }: { meeting?: MeetingRecord }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const previous: MeetingFields | undefined = meeting ? (domainFields(meeting) as MeetingFields) : undefined;
  const form = useForm<MeetingFormValues, unknown, MeetingFields>({
    resolver: zodResolver(meetingFormSchema(format.locale, previous)),
    defaultValues: meetingFormValues(format.locale, previous, todayIso()),
  });
  const { register, control, handleSubmit, setError, formState } = form;
  const draft = useFormDraft(form, meeting ? `meeting:${meeting.id}` : 'meeting:new');
  const fieldError = useFieldError(formState.errors);
  const outcomes = useFieldArray({ control, name: 'outcomes' });
  const kind = useWatch({ control, name: 'kind' });
  const members = useMemberOptions();
  const committees = useCommitteeOptions();
  const { formError, onSubmit, onInvalid } = useRecordSubmit({
    setError,
    save: async (fields: MeetingFields) => {
      const saved = await (meeting ? updateMeeting(db, meeting.id, fields) : createMeeting(db, fields));
      await draft.saved();
      return saved;
    },
    savedMessage: (name) => t(meeting ? 'meetings.updated' : 'meetings.saved', { name }),
    pathOf: (saved) => `/activity/meetings/${saved.id}`,
    nameOf: (saved) => format.name(saved.title),
  });

  return (
    <form onSubmit={handleSubmit(onSubmit, onInvalid)} noValidate aria-labelledby="meeting-form-title">
      <Stack maw={960}>
        <Title order={2} id="meeting-form-title">
          {meeting ? t('meetings.editTitle') : t('meetings.new')}
        </Title>
        <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Controller
            control={control}
            name="kind"
            render={({ field }) => (
              <Select label={t('meetings.kind')} data={MEETING_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} value={field.value} onChange={(value) => value && field.onChange(value)} allowDeselect={false} />
            )}
          />
          <Controller
            control={control}
            name="committeeId"
            render={({ field }) => (
              <Select
                label={t('meetings.committee')}
                withAsterisk={kind === 'committeeMeeting'}
                data={committees.data}
                filter={committees.filter}
                searchable
                clearable
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                error={fieldError('committeeId')}
              />
            )}
          />
          <NumberField control={control} name="edition" label={t('meetings.edition')} error={fieldError('edition')} />
        </SimpleGrid>
        <TextInput label={t('meetings.title')} withAsterisk error={fieldError('title')} {...register('title')} data-testid="meeting-title" />
        <Group align="flex-start">
          <DateSpanFields
            control={control}
            names={{ start: 'startDate', end: 'endDate', precision: 'datePrecision' }}
            labels={{ start: t('meetings.startDate'), end: t('meetings.endDate') }}
            errors={{ start: fieldError('startDate'), end: fieldError('endDate') }}
            w={200}
            testId="meeting-dates"
          />
        </Group>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Controller
            control={control}
            name="hostMemberId"
            render={({ field }) => (
              <Select label={t('meetings.host')} data={members.data} filter={members.filter} searchable clearable value={field.value || null} onChange={(value) => field.onChange(value ?? '')} />
            )}
          />
          <TextInput label={t('meetings.city')} {...register('city')} />
          <TextInput label={t('meetings.venue')} {...register('venue')} />
          <TextInput label={t('meetings.theme')} {...register('theme')} />
        </SimpleGrid>
        <Controller
          control={control}
          name="participantIds"
          render={({ field }) => (
            <MultiSelect label={t('meetings.participants')} data={members.data} filter={members.filter} searchable value={field.value} onChange={field.onChange} error={fieldError('participantIds')} />
          )}
        />
        <Fieldset legend={t('meetings.participantCounts')}>
          <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }}>
            {COUNT_FIELDS.map((code) => (
              <NumberField key={code} control={control} name={`counts.${code}`} label={code === OTHER ? t('meetings.other') : format.country(code)} />
            ))}
          </SimpleGrid>
          <Controller
            control={control}
            name="countUnit"
            render={({ field }) => (
              <Select label={t('meetings.countUnit')} data={COUNT_UNITS.map((value) => ({ value, label: t(`meetings.countUnits.${value}`) }))} value={field.value} onChange={(value) => value && field.onChange(value)} allowDeselect={false} w={260} mt="sm" />
            )}
          />
        </Fieldset>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Stack gap={6}>
            <NumberField control={control} name="headcount" label={t('meetings.headcount')} error={fieldError('headcount')} />
            <Checkbox label={t('record.counts.atLeastLabel')} {...register('headcountAtLeast')} />
          </Stack>
          {kind === 'generalAssembly' && <NumberField control={control} name="writtenResolutions" label={t('meetings.writtenResolutions')} error={fieldError('writtenResolutions')} />}
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          <FormCountField control={control} name="delegates" label={t('record.counts.delegates')} error={fieldError('delegates')} />
          <FormCountField control={control} name="memberCount" label={t('record.counts.memberCount')} error={fieldError('memberCount')} />
          <FormCountField control={control} name="countryCount" label={t('record.counts.countryCount')} error={fieldError('countryCount')} />
          <TextInput
            label={t('record.counts.guestCountries')}
            description={t('record.counts.guestCountriesHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            error={fieldError('guestCountries') ?? [0, 1, 2, 3, 4, 5].map((index) => fieldError(`guestCountries.${index}.country`) ?? fieldError(`guestCountries.${index}.people`)).find(Boolean)}
            {...register('guestCountries')}
          />
        </SimpleGrid>
        <Textarea label={t('meetings.agendaItems')} description={t('meetings.linesHint')} autosize minRows={2} {...register('agendaItems')} />
        <Fieldset legend={t('meetings.outcomes')}>
          <Stack gap="xs">
            {outcomes.fields.map((item, index) => (
              <Group key={item.id} align="flex-start" wrap="nowrap">
                <Controller
                  control={control}
                  name={`outcomes.${index}.kind`}
                  render={({ field }) => (
                    <Select aria-label={t('meetings.kind')} data={OUTCOME_KINDS.map((value) => ({ value, label: t(`meetings.outcomeKinds.${value}`) }))} value={field.value} onChange={(value) => value && field.onChange(value)} allowDeselect={false} w={180} />
                  )}
                />
                <TextInput aria-label={t('meetings.outcomes')} style={{ flex: 1 }} error={fieldError(`outcomes.${index}.text`)} {...register(`outcomes.${index}.text`)} />
                <ActionIcon variant="subtle" color="red" mt={6} aria-label={t('common.delete')} onClick={() => outcomes.remove(index)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button variant="default" w="fit-content" onClick={() => outcomes.append({ kind: 'decision', text: '' })}>
              {t('common.add')}
            </Button>
          </Stack>
        </Fieldset>
        <Textarea label={t('meetings.sideEvents')} description={t('meetings.linesHint')} autosize minRows={2} {...register('sideEvents')} />
        <Textarea label={t('meetings.summary')} autosize minRows={3} {...register('summary')} />
        <FormActions saving={formState.isSubmitting} />
      </Stack>
    </form>
  );
}
