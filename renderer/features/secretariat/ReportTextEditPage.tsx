import { Checkbox, Fieldset, Group, SegmentedControl, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { REPORT_TEXT_KINDS, reportTextsOf, type ReportTextFields, type ReportTextKind, type ReportTextRecord } from '../../../shared/domain/secretariat';
import { LOCALES } from '../../../shared/i18n/locales';
import { useDatabase } from '../../db/database-context';
import { addReportText, updateReportText } from '../../domain/secretariat';
import { FormDateField } from '../common/DateField';
import { EditRoute } from '../common/EditRoute';
import { NamesFieldset } from '../common/NamesFieldset';
import { FormCountField } from '../common/FormCountField';
import { FormHeading } from '../common/FormParts';
import { useRecordForm } from '../common/use-record-form';
import { FormActions } from '../common/use-record-submit';
import { reportTextFormSchema, reportTextFormValues, type ReportTextFormValues } from './report-text-form-values';
import { useReportTexts } from './use-secretariat';

const NUMBER_FIELDS = ['year', 'order'] as const;

type Defaults = { year: number; kind: ReportTextKind; order: number };

/** Add a foreword or a chapter VI text (`/secretariat/texts/new?kind=foreword&year=2018`) or edit one. */
export function ReportTextEditPage() {
  const texts = useReportTexts();
  const [params] = useSearchParams();
  if (!texts) return null;
  const kind: ReportTextKind = params.get('kind') === 'secretariat' ? 'secretariat' : 'foreword';
  const year = Number(params.get('year')) || new Date().getFullYear();
  // A new text goes after the others of its kind in that year's report.
  const order = Math.max(0, ...reportTextsOf(texts, year, kind).map((text) => text.order)) + 1;
  return <EditRoute table={(db) => db.reportTexts} render={(text) => <ReportTextForm text={text} defaults={{ year, kind, order }} />} />;
}

function ReportTextForm({ text, defaults }: { text?: ReportTextRecord; defaults: Defaults }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const { form, draft, fieldError, formError, submit } = useRecordForm<ReportTextFormValues, ReportTextFields, ReportTextRecord>({
    schema: reportTextFormSchema,
    defaultValues: reportTextFormValues(text, defaults),
    draftKey: text ? `reportText:${text.id}` : `reportText:new:${defaults.kind}`,
    save: (fields) => (text ? updateReportText(db, text.id, fields) : addReportText(db, fields)),
    nameOf: (saved) => String(saved.year),
    savedMessage: (year) => t(text ? 'secretariat.texts.updated' : 'secretariat.texts.created', { year }),
    pathOf: (saved) => `/secretariat?tab=texts&year=${saved.year}`,
  });
  const {
    register,
    control,
    formState: { errors, isSubmitting },
  } = form;
  const kind = useWatch({ control, name: 'kind' });
  const textError = LOCALES.map((locale) => fieldError(`text.${locale}`)).find(Boolean);

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="text-form-title">
      <Stack maw={880}>
        <FormHeading id="text-form-title" title={text ? t('secretariat.texts.editTitle') : t('secretariat.texts.new')} draft={draft} error={formError} />
        <Controller
          control={control}
          name="kind"
          render={({ field }) => (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="text-kind-label">
                {t('secretariat.texts.fields.kind')}
              </Text>
              <SegmentedControl
                value={field.value}
                onChange={field.onChange}
                data={REPORT_TEXT_KINDS.map((value) => ({ value, label: t(`secretariat.texts.fields.kinds.${value}`) }))}
                aria-labelledby="text-kind-label"
                style={{ alignSelf: 'flex-start' }}
              />
            </Stack>
          )}
        />
        <Group align="flex-start">
          {NUMBER_FIELDS.map((name) => (
            <FormCountField key={name} control={control} name={name} label={t(`secretariat.texts.fields.${name}`)} withAsterisk error={fieldError(name)} w={200} />
          ))}
          <FormDateField control={control} name="signedOn" label={t('secretariat.texts.fields.signedOn')} precision="year" error={fieldError('signedOn')} w={200} />
        </Group>
        {kind === 'foreword' ? (
          <>
            <NamesFieldset legend={t('secretariat.texts.fields.authorName')} prefix="author.name" register={register} errors={errors} />
            <NamesFieldset legend={t('secretariat.texts.fields.authorTitle')} prefix="author.title" register={register} errors={errors} required={[]} />
          </>
        ) : (
          <NamesFieldset legend={t('secretariat.texts.fields.heading')} prefix="heading" register={register} errors={errors} required={[]} />
        )}
        <Fieldset legend={t('secretariat.texts.fields.text')}>
          <Tabs defaultValue={LOCALES.find((locale) => text?.text[locale]) ?? 'en'} keepMounted>
            <Tabs.List>
              {LOCALES.map((locale) => (
                <Tabs.Tab key={locale} value={locale}>
                  {t(`languages.${locale}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {LOCALES.map((locale) => (
              <Tabs.Panel key={locale} value={locale} pt="xs">
                <Textarea aria-label={`${t('secretariat.texts.fields.text')}: ${t(`languages.${locale}`)}`} lang={locale} autosize minRows={8} maxRows={24} error={Boolean(fieldError(`text.${locale}`))} {...register(`text.${locale}`)} data-testid={`text-${locale}`} />
              </Tabs.Panel>
            ))}
          </Tabs>
          {textError && (
            <Text size="sm" c="red" mt="xs" role="alert">
              {textError}
            </Text>
          )}
        </Fieldset>
        <Controller
          control={control}
          name="summarised"
          render={({ field }) => (
            <Checkbox.Group label={t('secretariat.texts.fields.summarised')} description={t('secretariat.texts.fields.summarisedHint')} value={field.value} onChange={field.onChange} error={fieldError('summarised')}>
              <Group mt="xs">
                {LOCALES.map((locale) => (
                  <Checkbox key={locale} value={locale} label={t(`languages.${locale}`)} />
                ))}
              </Group>
            </Checkbox.Group>
          )}
        />
        <FormActions saving={isSubmitting} />
      </Stack>
    </form>
  );
}
