import { zodResolver } from '@hookform/resolvers/zod';
import {
  Group,
  Radio,
  Select,
  type SelectProps,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { Controller, useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ASSOCIATE_COUNTRIES, MEMBER_COUNTRIES } from '../../../shared/domain/countries';
import type { MemberFields, MemberRecord } from '../../../shared/domain/member';
import { useDatabase } from '../../db/database-context';
import { createMember, updateMember } from '../../domain/members';
import { useFormat } from '../../i18n/use-format';
import { FormDateField } from '../common/DateField';
import { NamesFieldset } from '../common/NamesFieldset';
import { useVotingMeetingOptions } from '../common/use-record-options';
import { EditRoute } from '../common/EditRoute';
import { useFieldError } from '../common/use-field-error';
import { DraftNotice, useFormDraft } from '../common/use-form-draft';
import { FormActions, FormError, useRecordSubmit } from '../common/use-record-submit';
import { memberFormSchema, memberFormValues, type MemberFormValues } from './member-form-values';
import { FormCountField } from '../common/FormCountField';

/** Add a member (`/members/new`) or edit one (`/members/:id/edit`). */
export function MemberEditPage() {
  return <EditRoute table={(db) => db.members} render={(member) => <MemberForm member={member} />} />;
}

function MemberForm({ member }: { member?: MemberRecord }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const form = useForm<MemberFormValues, unknown, MemberFields>({
    resolver: zodResolver(memberFormSchema),
    defaultValues: memberFormValues(member),
  });
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = form;
  const draft = useFormDraft(form, member ? `member:${member.id}` : 'member:new');
  const fieldError = useFieldError(errors);
  const { formError, onSubmit, onInvalid } = useRecordSubmit({
    setError,
    save: async (fields: MemberFields) => {
      const saved = await (member ? updateMember(db, member.id, fields) : createMember(db, fields));
      await draft.saved();
      return saved;
    },
    savedMessage: (name) => t(member ? 'members.updated' : 'members.created', { name }),
    pathOf: (saved) => `/members/${saved.id}`,
  });
  const kind = useWatch({ control, name: 'kind' });
  const meetingOptions = useVotingMeetingOptions();
  const countries = kind === 'associate' ? ASSOCIATE_COUNTRIES : MEMBER_COUNTRIES;
  const countryOptions = countries
    .map((code) => ({ value: code, label: format.country(code) }))
    .sort((a, b) => format.collator.compare(a.label, b.label));


  return (
    <form
      onSubmit={handleSubmit(onSubmit, onInvalid)}
      noValidate
      aria-labelledby="member-form-title"
    >
      <Stack maw={880}>
        <Title order={2} id="member-form-title">
          {member ? t('members.editTitle') : t('members.new')}
        </Title>
        <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
        <FormError message={formError} />
        <NamesFieldset legend={t('member.names')} prefix="names" register={register} errors={errors} withNative />

        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Radio.Group
              label={t('member.kind')}
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                setValue('country', '');
              }}
              description={kind === 'associate' ? t('member.associateHint') : undefined}
            >
              <Group mt={4}>
                <Radio value="member" label={t('member.kindMember')} />
                <Radio value="associate" label={t('member.kindAssociate')} />
              </Group>
            </Radio.Group>
          )}
        />
        <SelectField
          control={control}
          name="country"
          label={t('member.country')}
          withAsterisk
          searchable
          data={countryOptions}
          error={fieldError('country')}
          w={320}
          data-testid="member-country"
        />
        <Group align="flex-start">
          <FormDateField control={control} name="admittedOn" label={t('member.admittedYear')} precision="year" error={fieldError('admittedOn')} w={180} data-testid="member-admitted-on" />
          <SelectField
            control={control}
            name="admissionMeetingId"
            label={t('member.admissionMeeting')}
            clearable
            searchable
            data={meetingOptions}
            error={fieldError('admissionMeetingId')}
            w={380}
          />
          <FormDateField control={control} name="withdrawnOn" label={t('member.withdrawnOn')} precision="year" error={fieldError('withdrawnOn')} w={180} />
        </Group>
        <Group align="flex-start">
          <Controller
            control={control}
            name="founding"
            render={({ field }) => (
              <Radio.Group label={t('member.founding')} value={field.value} onChange={field.onChange} error={fieldError('founding')}>
                <Group mt={4}>
                  <Radio value="yes" label={t('common.yes')} />
                  <Radio value="no" label={t('common.no')} />
                  <Radio value="unknown" label={t('common.unknown')} />
                </Group>
              </Radio.Group>
            )}
          />
        </Group>
        <Textarea label={t('member.notes')} autosize minRows={2} error={fieldError('notes')} {...register('notes')} />
        <FormCountField control={control} name="listPosition" label={t('record.list.position')} description={t('record.list.memberHint')} error={fieldError('listPosition')} maw={420} />
        <FormActions saving={isSubmitting} />
      </Stack>
    </form>
  );
}

type SelectFieldProps = Omit<SelectProps, 'value' | 'onChange' | 'onBlur'> & {
  control: Control<MemberFormValues, unknown, MemberFields>;
  name: 'country' | 'admissionMeetingId';
  'data-testid'?: string;
};

/** A select bound to a form field that holds its choice as a string ('' for none). */
function SelectField({ control, name, ...props }: SelectFieldProps) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => <Select {...props} value={field.value || null} onChange={(value) => field.onChange(value ?? '')} onBlur={field.onBlur} />}
    />
  );
}
