import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Fieldset, Group, MultiSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CommitteeFields, CommitteeRecord } from '../../../shared/domain/committee';
import { LOCALES } from '../../../shared/i18n/locales';
import { useDatabase } from '../../db/database-context';
import { createCommittee, updateCommittee } from '../../domain/committees';
import { NamesFieldset } from '../common/NamesFieldset';
import { EditRoute } from '../common/EditRoute';
import { FormDateField } from '../common/DateField';
import { useFieldError } from '../common/use-field-error';
import { DraftNotice, useFormDraft } from '../common/use-form-draft';
import { useMemberOptions } from '../common/use-record-options';
import { FormActions, FormError, useRecordSubmit } from '../common/use-record-submit';
import { committeeFormSchema, committeeFormValues, type CommitteeFormValues } from './committee-form-values';
import { FormCountField } from '../common/FormCountField';

const fullMembersOnly = (member: { kind: string }) => member.kind === 'member';
const NUMBER_FIELDS = ['foundedYear', 'meetingsHeld', 'regulationNumber', 'listPosition'] as const;
const NUMBER_LABELS = { foundedYear: 'committee.foundedYear', meetingsHeld: 'committee.meetingsHeld', regulationNumber: 'committee.regulationNumber', listPosition: 'record.list.position' } as const;
const NUMBER_HINTS = { regulationNumber: 'committee.regulationNumberHint', listPosition: 'record.list.committeeHint' } as const;
const FIELD_LANGUAGES = ['en', ...LOCALES.filter((locale) => locale !== 'en')] as const;

/** Add a committee (`/committees/new`) or edit one (`/committees/:id/edit`). */
export function CommitteeEditPage() {
  return <EditRoute table={(db) => db.committees} render={(committee) => <CommitteeForm committee={committee} />} />;
}

function CommitteeForm({ committee }: { committee?: CommitteeRecord }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const form = useForm<CommitteeFormValues, unknown, CommitteeFields>({
    resolver: zodResolver(committeeFormSchema),
    defaultValues: committeeFormValues(committee),
  });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const draft = useFormDraft(form, committee ? `committee:${committee.id}` : 'committee:new');
  const fieldError = useFieldError(errors);
  const { formError, onSubmit, onInvalid } = useRecordSubmit({
    setError,
    save: async (fields: CommitteeFields) => {
      const saved = await (committee ? updateCommittee(db, committee.id, fields) : createCommittee(db, fields));
      await draft.saved();
      return saved;
    },
    savedMessage: (name) => t(committee ? 'committees.updated' : 'committees.created', { name }),
    pathOf: (saved) => `/committees/${saved.id}`,
  });

  // Associate members cannot hold office (Charter Art. 5-2), so only full members can coordinate.
  const coordinatorOptions = useMemberOptions(fullMembersOnly);


  return (
    <form onSubmit={handleSubmit(onSubmit, onInvalid)} noValidate aria-labelledby="committee-form-title">
      <Stack maw={880}>
        <Title order={2} id="committee-form-title">
          {committee ? t('committees.editTitle') : t('committees.new')}
        </Title>
        <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
        <FormError message={formError} />
        <NamesFieldset legend={t('committee.names')} prefix="names" register={register} errors={errors} />
        <Controller
          control={control}
          name="coordinatorIds"
          render={({ field }) => (
            <MultiSelect
              label={t('committee.coordinators')}
              description={t('committee.coordinatorsHint')}
              withAsterisk
              searchable
              data={coordinatorOptions.data}
              filter={coordinatorOptions.filter}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={fieldError('coordinatorIds')}
              data-testid="committee-coordinators"
            />
          )}
        />
        <Group align="flex-start">
          {NUMBER_FIELDS.map((name) => (
            <FormCountField
              key={name}
              control={control}
              name={name}
              label={t(NUMBER_LABELS[name])}
              withAsterisk={name === 'foundedYear'}
              description={name in NUMBER_HINTS ? t(NUMBER_HINTS[name as keyof typeof NUMBER_HINTS]) : undefined}
              error={fieldError(name)}
              w={200}
            />
          ))}
        </Group>
        <Group align="flex-start">
          <Stack gap={6}>
            <FormDateField control={control} name="lastMeetingOn" label={t('committee.lastMeetingOn')} precision="year" error={fieldError('lastMeetingOn')} w={200} />
            <Checkbox label={t('record.activity.orEarlierLabel')} {...register('lastMeetingOrEarlier')} />
          </Stack>
          <FormDateField control={control} name="lastActivityOn" label={t('record.activity.lastActivityOn')} precision="year" error={fieldError('lastActivityOn')} w={200} />
        </Group>
        <Fieldset legend={t('committee.field')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {FIELD_LANGUAGES.map((locale) => (
              <TextInput key={locale} label={t(`languages.${locale}`)} lang={locale} error={fieldError(`field.${locale}`)} {...register(`field.${locale}`)} />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('record.activity.note')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {FIELD_LANGUAGES.map((locale) => (
              <TextInput key={locale} label={t(`languages.${locale}`)} lang={locale} error={fieldError(`activityNote.${locale}`)} {...register(`activityNote.${locale}`)} />
            ))}
          </SimpleGrid>
        </Fieldset>
        <FormActions saving={isSubmitting} />
      </Stack>
    </form>
  );
}
