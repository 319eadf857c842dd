import { zodResolver } from '@hookform/resolvers/zod';
import { Fieldset, Group, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput, Title, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { CommitteeFields, CommitteeRecord } from '../../../shared/domain/committee';
import { namesMatch } from '../../../shared/domain/names';
import { LOCALES } from '../../../shared/i18n/locales';
import { useDatabase } from '../../db/database-context';
import { useCommittee, useMembers } from '../../db/queries';
import { createCommittee, updateCommittee } from '../../domain/committees';
import { useFormat } from '../../i18n/use-format';
import { NamesFieldset } from '../common/NamesFieldset';
import { NotFound } from '../common/NotFound';
import { useFieldError } from '../common/use-field-error';
import { FormActions, FormError, useRecordSubmit } from '../common/use-record-submit';
import { committeeFormSchema, committeeFormValues, type CommitteeFormValues } from './committee-form-values';

const NUMBER_FIELDS = ['foundedYear', 'meetingsHeld', 'regulationNumber'] as const;
const FIELD_LANGUAGES = ['en', ...LOCALES.filter((locale) => locale !== 'en')] as const;

/** Add a committee (`/committees/new`) or edit one (`/committees/:id/edit`). */
export function CommitteeEditPage() {
  const { id } = useParams();
  const committee = useCommittee(id);
  if (id && committee === undefined) return null;
  if (id && committee === null) return <NotFound />;
  return <CommitteeForm key={id ?? 'new'} committee={committee ?? undefined} />;
}

function CommitteeForm({ committee }: { committee?: CommitteeRecord }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const members = useMembers();
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<CommitteeFormValues, unknown, CommitteeFields>({
    resolver: zodResolver(committeeFormSchema),
    defaultValues: committeeFormValues(committee),
  });
  const fieldError = useFieldError(errors);
  const { formError, onSubmit, onInvalid } = useRecordSubmit({
    setError,
    save: (fields: CommitteeFields) => (committee ? updateCommittee(db, committee.id, fields) : createCommittee(db, fields)),
    savedMessage: (name) => t(committee ? 'committees.updated' : 'committees.created', { name }),
    pathOf: (saved) => `/committees/${saved.id}`,
  });

  // Associate members cannot hold office (Charter Art. 5-2), so only full members can coordinate.
  const coordinatorOptions = useMemo(
    () =>
      (members ?? [])
        .filter((member) => member.kind === 'member')
        .map((member) => ({
          value: member.id,
          label: `${format.name(member.names)} · ${format.country(member.country)}`,
          names: member.names,
        }))
        .sort((a, b) => format.collator.compare(a.label, b.label)),
    [members, format],
  );
  const namesById = useMemo(() => new Map(coordinatorOptions.map((option) => [option.value, option.names])), [coordinatorOptions]);
  // Type-ahead in any language: "兵库", "효고", "Hyogo" and "Хиого" all find Hyogo.
  const filterCoordinators: OptionsFilter = ({ options, search }) =>
    options.filter((option): option is ComboboxItem => {
      if (!('value' in option)) return false;
      const names = namesById.get(option.value);
      return names ? namesMatch(names, search) : option.label.includes(search);
    });


  return (
    <form onSubmit={handleSubmit(onSubmit, onInvalid)} noValidate aria-labelledby="committee-form-title">
      <Stack maw={880}>
        <Title order={2} id="committee-form-title">
          {committee ? t('committees.editTitle') : t('committees.new')}
        </Title>
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
              data={coordinatorOptions.map(({ value, label }) => ({ value, label }))}
              filter={filterCoordinators}
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
          <TextInput type="date" label={t('committee.lastMeetingOn')} error={fieldError('lastMeetingOn')} w={200} {...register('lastMeetingOn')} />
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
