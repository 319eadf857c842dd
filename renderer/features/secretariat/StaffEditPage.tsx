import { Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { STAFF_OFFICES, writtenName, type StaffFields, type StaffRecord } from '../../../shared/domain/secretariat';
import { useDatabase } from '../../db/database-context';
import { addStaff, removeStaff, updateStaff } from '../../domain/secretariat';
import { useFormat } from '../../i18n/use-format';
import { ConfirmModal } from '../common/ConfirmModal';
import { FormDateField } from '../common/DateField';
import { describeError } from '../common/describe-error';
import { EditRoute } from '../common/EditRoute';
import { NamesFieldset } from '../common/NamesFieldset';
import { FormCountField } from '../common/FormCountField';
import { FormHeading } from '../common/FormParts';
import { useRecordForm } from '../common/use-record-form';
import { useMemberOptions } from '../common/use-record-options';
import { FormActions } from '../common/use-record-submit';
import { staffFormSchema, staffFormValues, type StaffFormValues } from './staff-form-values';
import { useStaff } from './use-secretariat';

/** The forms of a person's name, in the order the form asks for them. */
const NAME_FORMS = ['native', 'latin', 'chinese'] as const;

/** Add a person to the staff (`/secretariat/staff/new`) or edit an entry (`/secretariat/staff/:id/edit`). */
export function StaffEditPage() {
  const staff = useStaff();
  // A new person goes after the last one in the list, so the list is read first.
  if (!staff) return null;
  const nextOrder = Math.max(0, ...staff.map((person) => person.order)) + 1;
  return <EditRoute table={(db) => db.staff} render={(person) => <StaffForm person={person} nextOrder={nextOrder} />} />;
}

function StaffForm({ person, nextOrder }: { person?: StaffRecord; nextOrder: number }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const navigate = useNavigate();
  const [removing, setRemoving] = useState(false);
  const { form, draft, fieldError, formError, submit } = useRecordForm<StaffFormValues, StaffFields, StaffRecord>({
    schema: staffFormSchema,
    defaultValues: staffFormValues(person, nextOrder),
    draftKey: person ? `staff:${person.id}` : 'staff:new',
    save: (fields) => (person ? updateStaff(db, person.id, fields) : addStaff(db, fields)),
    nameOf: (saved) => writtenName(saved.name, format.locale).text,
    savedMessage: (name) => t(person ? 'secretariat.staff.updated' : 'secretariat.staff.created', { name }),
    pathOf: () => '/secretariat',
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const members = useMemberOptions();
  const office = useWatch({ control, name: 'office' });

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="staff-form-title">
      <Stack maw={880}>
        <FormHeading id="staff-form-title" title={person ? t('secretariat.staff.editTitle') : t('secretariat.staff.new')} draft={draft} error={formError} />
        <Fieldset legend={t('secretariat.staff.fields.name')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('secretariat.staff.fields.nameHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {NAME_FORMS.map((form_) => (
                <TextInput key={form_} label={t(`secretariat.staff.fields.${form_}`)} lang={form_ === 'chinese' ? 'zh' : undefined} error={fieldError(`name.${form_}`)} {...register(`name.${form_}`)} data-testid={`staff-name-${form_}`} />
              ))}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <NamesFieldset legend={t('secretariat.staff.fields.role')} prefix="role" register={register} errors={errors} />
        <Controller
          control={control}
          name="office"
          render={({ field }) => (
            <Radio.Group label={t('secretariat.staff.fields.office')} value={field.value} onChange={field.onChange} withAsterisk>
              <Group mt={4}>
                {STAFF_OFFICES.map((value) => (
                  <Radio key={value} value={value} label={t(`secretariat.staff.officeKinds.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        {office !== 'secretariat' && (
          <Controller
            control={control}
            name="memberId"
            render={({ field }) => (
              <Select
                label={t('secretariat.staff.fields.member')}
                description={t(office === 'branch' ? 'secretariat.staff.fields.memberHintBranch' : 'secretariat.staff.fields.memberHintSeconded')}
                withAsterisk
                searchable
                data={members.data}
                filter={members.filter}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                error={fieldError('memberId')}
                w={420}
                data-testid="staff-member"
              />
            )}
          />
        )}
        <Text size="sm" c="dimmed" mb={-8}>
          {t('secretariat.staff.fields.datesHint')}
        </Text>
        <Group align="flex-start">
          <FormDateField control={control} name="from" label={t('secretariat.staff.fields.from')} precision="year" error={fieldError('from')} w={200} />
          <FormDateField control={control} name="to" label={t('secretariat.staff.fields.to')} precision="year" error={fieldError('to')} w={200} />
          <FormCountField control={control} name="order" label={t('secretariat.staff.fields.order')} description={t('secretariat.staff.fields.orderHint')} withAsterisk error={fieldError('order')} w={240} />
        </Group>
        <Textarea label={t('secretariat.staff.fields.note')} autosize minRows={2} lang={format.locale} error={fieldError(`note.${format.locale}`)} {...register(`note.${format.locale}`)} />
        <FormActions saving={isSubmitting} />
        {person && (
          <Group>
            <Button color="red" variant="subtle" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setRemoving(true)}>
              {t('secretariat.staff.remove')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={removing}
        title={t('secretariat.staff.removeTitle')}
        body={t('secretariat.staff.removeBody', { name: person ? writtenName(person.name, format.locale).text : '' })}
        confirmLabel={t('secretariat.staff.remove')}
        onClose={() => setRemoving(false)}
        describe={(error) => describeError(error, t)}
        onConfirm={async () => {
          if (!person) return;
          await removeStaff(db, person.id);
          await draft.saved();
          void navigate('/secretariat', { replace: true });
        }}
      />
    </form>
  );
}
