import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, Group, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
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

const fullMembersOnly = (member: { kind: string }) => member.kind === 'member';
const NUMBER_FIELDS = ['foundedYear', 'meetingsHeld', 'regulationNumber'] as const;
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
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field }) => (
                <NumberInput
                  label={t(`committee.${name}`)}
                  description={name === 'regulationNumber' ? t('committee.regulationNumberHint') : undefined}
                  // The hint goes under the box so the row of inputs stays aligned.
                  inputWrapperOrder={['label', 'input', 'description', 'error']}
                  withAsterisk={name === 'foundedYear'}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  allowDecimal={false}
                  allowNegative={false}
                  thousandSeparator={false}
                  hideControls
                  error={fieldError(name)}
                  w={200}
                />
              )}
            />
          ))}
          <FormDateField control={control} name="lastMeetingOn" label={t('committee.lastMeetingOn')} error={fieldError('lastMeetingOn')} w={200} />
        </Group>
        <Fieldset legend={t('committee.field')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {FIELD_LANGUAGES.map((locale) => (
              <TextInput key={locale} label={t(`languages.${locale}`)} lang={locale} error={fieldError(`field.${locale}`)} {...register(`field.${locale}`)} />
            ))}
          </SimpleGrid>
        </Fieldset>
        <FormActions saving={isSubmitting} />
      </Stack>
    </form>
  );
}
