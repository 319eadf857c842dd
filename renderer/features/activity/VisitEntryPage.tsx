import { zodResolver } from '@hookform/resolvers/zod';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, useWatch, type UseFormReset } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { COUNTERPART_TYPES, VISIT_DIRECTIONS, type VisitFields, type VisitRecord } from '../../../shared/domain/activity';
import { domainFields } from '../../../shared/sync/record-stamp';
import { useDatabase } from '../../db/database-context';
import { logVisit, updateVisit } from '../../domain/activity';
import { discardDraft, loadDraft, saveDraft } from '../../domain/drafts';
import { DraftNotice, useDraftAutosave } from '../common/use-form-draft';
import { useLeaveGuard } from '../common/unsaved-changes';
import { loadProfile } from '../../domain/profile';
import { useFormat } from '../../i18n/use-format';
import { todayIso } from '../committees/use-as-of';
import { FormActions, FormError, useRecordSubmit } from '../common/use-record-submit';
import { EditRoute } from '../common/EditRoute';
import { FormDateField } from '../common/DateField';
import { FormCountField } from '../common/FormCountField';
import { useFieldError } from '../common/use-field-error';
import { useCommitteeOptions, useMemberOptions } from '../common/use-record-options';
import { ContactPicker } from './ContactPicker';
import { DateSpanFields } from './DateSpanFields';
import { editVisitValues, newVisitValues, visitFormSchema, type VisitFormOutput, type VisitFormValues } from './visit-form-values';

const NEW_DRAFT_KEY = 'visit:new';
/** The counterpart of the last visit logged with this form: the next one is often the same. */
const LAST_COUNTERPART_KEY = 'visit:last-counterpart';

type LastCounterpart = Pick<VisitFields, 'counterpartType' | 'memberIds' | 'counterpart'>;

/**
 * Fills the form with the visit being edited or sensible defaults, then with the draft left by a
 * closed lid, a reload or a section left half-way, over them: the form then counts as changed.
 */
function useInitialValues(
  reset: UseFormReset<VisitFormValues>,
  onRestored: (savedAt: string) => void,
  draftKey: string,
  editing?: VisitFields,
) {
  const { db } = useDatabase();
  const { locale } = useFormat();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let current = true;
    void (async () => {
      const [draft, profile, last] = await Promise.all([
        loadDraft<VisitFormValues>(db, draftKey),
        loadProfile(db),
        loadDraft<LastCounterpart>(db, LAST_COUNTERPART_KEY),
      ]);
      if (!current) return;
      reset(editing ? editVisitValues(editing, locale) : newVisitValues(todayIso(), profile, last?.values, locale));
      if (draft) {
        reset(draft.values, { keepDefaultValues: true });
        onRestored(draft.savedAt);
      }
      setReady(true);
    })();
    return () => {
      current = false;
    };
    // Runs once per opening of the form; later language changes must not wipe what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, [db]);
  return ready;
}

/** Log a visit (`/activity/visits/new`) or edit one (`/activity/visits/:id/edit`). */
export function VisitEntryPage() {
  return <EditRoute table={(db) => db.visits} render={(visit) => <VisitForm visit={visit} />} />;
}

/** The quick-entry form for a visit: keyboard first, sensible defaults, a draft kept on every keystroke. */
function VisitForm({ visit }: { visit?: VisitRecord }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const previous = visit ? (domainFields(visit) as VisitFields) : undefined;
  const draftKey = visit ? `visit:${visit.id}` : NEW_DRAFT_KEY;
  const form = useForm<VisitFormValues, unknown, VisitFormOutput>({
    resolver: zodResolver(visitFormSchema(format.locale, previous)),
    defaultValues: previous ? editVisitValues(previous, format.locale) : newVisitValues(todayIso(), null),
  });
  const { register, control, handleSubmit, setError, reset, formState } = form;
  const { errors, isSubmitting } = formState;
  const fieldError = useFieldError(errors);
  const followUps = useFieldArray({ control, name: 'followUps' });
  const members = useMemberOptions();
  const committees = useCommitteeOptions();
  const ready = useInitialValues(reset, setRestoredAt, draftKey, previous);
  const values = useWatch({ control });
  const counterpartType = useWatch({ control, name: 'counterpartType' });
  const firstField = useRef<HTMLInputElement>(null);

  // Keep a draft of every change; a crash, a closed laptop or a click elsewhere loses nothing.
  const guard = useLeaveGuard({
    dirty: ready && formState.isDirty,
    keep: () => saveDraft(db, draftKey, form.getValues()),
    discard: () => discardDraft(db, draftKey),
  });
  useDraftAutosave(db, draftKey, values, ready ? formState.isDirty : null, guard.isReleased);

  useEffect(() => {
    if (ready) firstField.current?.focus();
  }, [ready]);

  const { formError, onSubmit, onInvalid } = useRecordSubmit({
    setError,
    save: async ({ followUps: actions, ...fields }: VisitFormOutput) => {
      if (visit) {
        const saved = await updateVisit(db, visit.id, fields);
        // Saved: the navigation to the visit is not asked about, and no late keystroke keeps a draft.
        guard.release();
        await discardDraft(db, draftKey);
        return saved;
      }
      const logged = await logVisit(db, fields, actions, draftKey);
      guard.release();
      const last: LastCounterpart = { counterpartType: logged.counterpartType, memberIds: logged.memberIds, counterpart: logged.counterpart };
      await saveDraft(db, LAST_COUNTERPART_KEY, last);
      return logged;
    },
    savedMessage: (name) => t(visit ? 'visits.updated' : 'visits.saved', { name }),
    pathOf: (saved) => `/activity/visits/${saved.id}`,
    nameOf: (saved) => format.name(saved.title),
  });

  const discard = async () => {
    await discardDraft(db, draftKey);
    setRestoredAt(null);
    // Back to the values the form opened with (its defaults).
    reset();
  };

  return (
    <form
      onSubmit={handleSubmit(onSubmit, onInvalid)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void handleSubmit(onSubmit, onInvalid)();
        }
      }}
      noValidate
      aria-labelledby="visit-form-title"
    >
      <Stack maw={960}>
        <Group justify="space-between">
          <Title order={2} id="visit-form-title">
            {visit ? t('visits.editTitle') : t('visits.new')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('visits.shortcutHint')}
          </Text>
        </Group>
        <DraftNotice restoredAt={restoredAt} onDiscard={() => void discard()} />
        {ready && !form.getValues('office') && (
          <Alert color="yellow">
            {/* The alert's own text colour: the link colour does not read on the warning's ground. */}
            <Anchor component={Link} to="/profile" c="inherit" underline="always">
              {t('profile.missing')}
            </Anchor>
          </Alert>
        )}
        <FormError message={formError} />

        <Group align="flex-start">
          <DateSpanFields
            control={control}
            names={{ start: 'date', end: 'endDate', precision: 'datePrecision' }}
            labels={{ start: t('visits.date'), end: t('visits.endDate') }}
            errors={{ start: fieldError('date'), end: fieldError('endDate') }}
            w={180}
            testId="visit-dates"
          />
          <Controller
            control={control}
            name="direction"
            render={({ field }) => (
              <Radio.Group label={t('visits.direction')} value={field.value} onChange={field.onChange}>
                <Group mt={8}>
                  {VISIT_DIRECTIONS.map((direction) => (
                    <Radio key={direction} value={direction} label={t(`directions.${direction}`)} />
                  ))}
                </Group>
              </Radio.Group>
            )}
          />
        </Group>

        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Controller
            control={control}
            name="counterpartType"
            render={({ field }) => (
              <Select
                label={t('visits.counterpartType')}
                data={COUNTERPART_TYPES.map((type) => ({ value: type, label: t(`counterpartTypes.${type}`) }))}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
              />
            )}
          />
          <Controller
            control={control}
            name="memberIds"
            render={({ field }) => (
              <MultiSelect
                ref={firstField}
                label={t('visits.members')}
                withAsterisk={counterpartType === 'member'}
                data={members.data}
                filter={members.filter}
                searchable
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldError('memberIds')}
                data-testid="visit-members"
              />
            )}
          />
          <TextInput
            label={t('visits.counterpart')}
            withAsterisk={counterpartType !== 'member'}
            error={fieldError('counterpart')}
            {...register('counterpart')}
          />
        </SimpleGrid>

        <TextInput label={t('visits.title')} withAsterisk error={fieldError('title')} {...register('title')} data-testid="visit-title" />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Controller
            control={control}
            name="contactIds"
            render={({ field }) => <ContactPicker value={field.value} onChange={field.onChange} error={fieldError('contactIds')} />}
          />
          <TextInput label={t('visits.city')} {...register('city')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Stack gap={6}>
            <FormCountField control={control} name="headcount" label={t('visits.headcount')} error={fieldError('headcount')} />
            <Checkbox label={t('record.counts.atLeastLabel')} {...register('headcountAtLeast')} />
          </Stack>
          <FormCountField
            control={control}
            name="memberCount"
            label={t('visits.memberCount')}
            description={t('visits.memberCountHint')}
            error={fieldError('memberCount')}
          />
        </SimpleGrid>
        <Textarea label={t('visits.purpose')} autosize minRows={2} {...register('purpose')} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={t('visits.topics')} description={t('visits.topicsHint')} {...register('topics')} />
          <Controller
            control={control}
            name="committeeId"
            render={({ field }) => (
              <Select
                label={t('visits.committee')}
                data={committees.data}
                filter={committees.filter}
                searchable
                clearable
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
              />
            )}
          />
        </SimpleGrid>
        <Textarea label={t('visits.outcome')} autosize minRows={2} {...register('outcome')} />
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput label={t('visits.staff')} description={t('visits.staffHint')} withAsterisk error={fieldError('staff')} {...register('staff')} />
          <TextInput label={t('visits.office')} withAsterisk error={fieldError('office')} {...register('office')} />
        </SimpleGrid>

        {/* Follow-ups of an existing visit are kept on its page, one by one. */}
        {!visit && (
        <Fieldset legend={t('visits.followUps')}>
          <Stack gap="xs">
            {followUps.fields.map((item, index) => (
              <Group key={item.id} align="flex-start" wrap="nowrap">
                <TextInput label={t('visits.followUpText')} error={fieldError(`followUps.${index}.text`)} style={{ flex: 1 }} {...register(`followUps.${index}.text`)} />
                <FormDateField control={control} name={`followUps.${index}.dueOn`} label={t('visits.followUpDue')} error={fieldError(`followUps.${index}.dueOn`)} precision="month" dayFirst w={170} />
                <TextInput label={t('visits.followUpOwner')} error={fieldError(`followUps.${index}.owner`)} w={180} {...register(`followUps.${index}.owner`)} />
                <ActionIcon variant="subtle" color="red" mt={28} aria-label={t('visits.removeFollowUp')} onClick={() => followUps.remove(index)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="default"
              w="fit-content"
              onClick={() => followUps.append({ text: '', dueOn: '', owner: form.getValues('staff').split(',')[0]?.trim() ?? '' })}
            >
              {t('visits.addFollowUp')}
            </Button>
          </Stack>
        </Fieldset>
        )}
        <FormActions saving={isSubmitting} />
      </Stack>
    </form>
  );
}
