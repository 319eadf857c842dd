import { Alert, Button, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeHtml, IconFileTypePdf, IconLanguage } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isLocale, LOCALE_NATIVE_NAMES, LOCALES, type Locale } from '../../../shared/i18n/locales';
import { buildAnnualReport, defaultReportYear, reportYears } from '../../../shared/report/build-report';
import type { AnnualReport, ReportData } from '../../../shared/report/model';
import { useFormat } from '../../i18n/use-format';
import { useLocaleStrings } from '../../i18n/use-locale-strings';
import classes from './ReportPage.module.css';
import { saveAllTablesXlsx, saveReportHtml, saveReportPdf } from './report-exports';
import { ReportView } from './ReportView';
import { useReportData } from './use-report-data';

const LANGUAGE_OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NATIVE_NAMES[locale] }));

/**
 * The year and report language, kept in the address (?year=2018&lang=zh) so a report can be
 * reopened as it was. Until chosen: the latest year with meetings, in the UI language.
 */
function useReportChoice(data: ReportData | undefined, uiLocale: Locale) {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || defaultReportYear(data ?? { meetings: [], visits: [] }, new Date().getFullYear());
  const lang = params.get('lang');
  const locale = isLocale(lang) ? lang : uiLocale;
  const choose = (key: 'year' | 'lang', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(key, value);
        return next;
      },
      { replace: true },
    );
  return { year, locale, choose };
}

/**
 * Before export, how many texts of the report are not in its language and which language they
 * are shown in, in the UI language, with the mark they carry in the report.
 */
function FallbackSummary({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  if (report.fallbackNotes.length === 0) return null;
  const language = t(`report.publish.languages.${report.locale}`);
  return (
    <Alert color="yellow" variant="light" icon={<IconLanguage size={20} aria-hidden />} title={t('report.publish.fallbackTitle', { language })} data-testid="report-fallbacks">
      <List spacing={4} size="sm">
        {report.fallbackNotes.map(({ from, count, tag }) => (
          <List.Item key={from} data-testid={`report-fallbacks-${from}`}>
            <Text size="sm" fw={600}>
              {t('report.publish.fallbackSummary', { language, source: t(`report.publish.languages.${from}`), count })}
            </Text>
            <Text size="sm">{t('report.publish.fallbackHint', { tag })}</Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The annual report: choose year and language, read it on screen, save it as PDF, HTML or tables. */
export function ReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useReportData();
  const { year, locale, choose } = useReportChoice(data, format.locale);
  // The report's language loads when first chosen; until then the report stays in the one before.
  const language = useLocaleStrings(locale);
  const report = useMemo(() => (data && language ? buildAnnualReport(data, year, language.locale, language.strings) : undefined), [data, year, language]);
  const years = useMemo(() => {
    const known = data ? reportYears(data) : [];
    return (known.includes(year) ? known : [year, ...known]).map((value) => ({ value: String(value), label: format.year(value) }));
  }, [data, year, format]);

  if (!data || !report) return null;
  const empty = data.members.length === 0 && data.meetings.length === 0;

  return (
    <Stack>
      <Stack gap="sm" className={classes.toolbar} data-testid="report-toolbar">
        <Title order={2}>{t('nav.report')}</Title>
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('report.ui.year')}
            data={years}
            value={String(year)}
            onChange={(value) => value && choose('year', value)}
            allowDeselect={false}
            w={120}
            data-testid="report-year"
          />
          <Select
            label={t('report.ui.language')}
            data={LANGUAGE_OPTIONS}
            value={locale}
            onChange={(value) => isLocale(value) && choose('lang', value)}
            allowDeselect={false}
            w={160}
            data-testid="report-language"
          />
          <Group gap="xs">
            <Button leftSection={<IconFileTypePdf size={18} aria-hidden />} onClick={() => void saveReportPdf(report, t)}>
              {t('report.ui.savePdf')}
            </Button>
            <Button variant="default" leftSection={<IconFileTypeHtml size={18} aria-hidden />} onClick={() => void saveReportHtml(report, t)}>
              {t('report.ui.saveHtml')}
            </Button>
            <Button variant="default" leftSection={<IconFileSpreadsheet size={18} aria-hidden />} onClick={() => void saveAllTablesXlsx(report, t)}>
              {t('report.ui.allTables')}
            </Button>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('report.ui.languageHint')}
        </Text>
        {!empty && <FallbackSummary report={report} />}
      </Stack>
      {empty ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('report.ui.empty')}
        </Text>
      ) : (
        <ReportView report={report} />
      )}
    </Stack>
  );
}
