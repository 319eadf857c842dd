import { ActionIcon, Badge, Button, Group, Paper, Select, Spoiler, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { pickLocalized } from '../../../shared/domain/names';
import { REPORT_TEXT_KINDS, reportTextsOf, type ReportTextKind, type ReportTextRecord } from '../../../shared/domain/secretariat';
import { useDatabase } from '../../db/database-context';
import { removeReportText } from '../../domain/secretariat';
import { useFormat } from '../../i18n/use-format';
import { ConfirmModal } from '../common/ConfirmModal';
import { describeError } from '../common/describe-error';
import { LocalizedText } from '../common/LocalizedText';
import { Section } from '../common/Section';
import classes from './Secretariat.module.css';
import { useReportTexts } from './use-secretariat';

/** The years a person can choose: those with texts, this year and last year, latest first. */
function yearsOf(texts: readonly ReportTextRecord[], thisYear: number): number[] {
  return [...new Set([thisYear, thisYear - 1, ...texts.map((text) => text.year)])].sort((a, b) => b - a);
}

/** The texts of one year's report: its forewords and chapter VI, in the order the report prints them. */
export function ReportTextsPanel({ header, mayEdit }: { header: ReactNode; mayEdit: boolean }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const texts = useReportTexts();
  const [params, setParams] = useSearchParams();
  const [removing, setRemoving] = useState<ReportTextRecord | null>(null);
  const thisYear = new Date().getFullYear();
  const years = useMemo(() => yearsOf(texts ?? [], thisYear), [texts, thisYear]);
  const latestWithTexts = texts && texts.length > 0 ? Math.max(...texts.map((text) => text.year)) : thisYear;
  const year = Number(params.get('year')) || latestWithTexts;
  const chooseYear = (value: string | null) =>
    value &&
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('year', value);
        return next;
      },
      { replace: true },
    );

  const part = (kind: ReportTextKind) => {
    const shown = reportTextsOf(texts ?? [], year, kind);
    const prefix = kind === 'foreword' ? 'forewords' : 'chapter';
    return (
      <Section key={kind} title={t(`secretariat.texts.${prefix}`)} intro={t(`secretariat.texts.${prefix}Intro`)}>
        {texts && shown.length === 0 && <Text c="dimmed">{t(kind === 'foreword' ? 'secretariat.texts.noForewords' : 'secretariat.texts.noChapter', { year: String(year) })}</Text>}
        {shown.map((text) => (
          <TextCard key={text.id} text={text} mayEdit={mayEdit} onRemove={() => setRemoving(text)} />
        ))}
        {mayEdit && (
          <Group>
            <Button
              component={Link}
              to={`/secretariat/texts/new?kind=${kind}&year=${year}`}
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
            >
              {t(kind === 'foreword' ? 'secretariat.texts.addForeword' : 'secretariat.texts.addChapter')}
            </Button>
          </Group>
        )}
      </Section>
    );
  };

  return (
    <Stack>
      {header}
      <Select
        label={t('secretariat.texts.year')}
        data={years.map((value) => ({ value: String(value), label: format.year(value) }))}
        value={String(year)}
        onChange={chooseYear}
        allowDeselect={false}
        w={200}
        data-testid="texts-year"
      />
      {REPORT_TEXT_KINDS.map(part)}
      <ConfirmModal
        opened={removing !== null}
        title={t('secretariat.texts.removeTitle')}
        body={t('secretariat.texts.removeBody', { year: String(removing?.year ?? year) })}
        confirmLabel={t('common.delete')}
        onClose={() => setRemoving(null)}
        describe={(error) => describeError(error, t)}
        onConfirm={async () => {
          if (removing) await removeReportText(db, removing.id);
          setRemoving(null);
        }}
      />
    </Stack>
  );
}

/** One text as the report will print it in the UI language: heading or author, date, and the text. */
function TextCard({ text, mayEdit, onRemove }: { text: ReportTextRecord; mayEdit: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const shownIn = pickLocalized(text.text, format.locale).language;
  const summary = shownIn !== undefined && text.summarised?.includes(shownIn);
  return (
    <Paper withBorder p="sm" data-testid="report-text">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            {text.heading && Object.values(text.heading).some(Boolean) && (
              <Text fw={600}>
                {format.number(text.order)}. <LocalizedText value={text.heading} />
              </Text>
            )}
            {text.author && (
              <Text fw={600}>
                <LocalizedText value={text.author.name} />
                <Text span c="dimmed" fw={400}>
                  {' · '}
                  <LocalizedText value={text.author.title} />
                </Text>
              </Text>
            )}
            <Group gap="xs">
              {text.signedOn && (
                <Text size="sm" c="dimmed">
                  {t('secretariat.texts.signedOn', { date: format.date(text.signedOn) })}
                </Text>
              )}
              {summary && (
                <Badge size="sm" variant="light" color="grape">
                  {t('secretariat.texts.summary')}
                </Badge>
              )}
            </Group>
          </div>
          {mayEdit && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('common.edit')} openDelay={300}>
                <ActionIcon component={Link} to={`/secretariat/texts/${text.id}/edit`} variant="subtle" aria-label={t('common.edit')}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('common.delete')} openDelay={300}>
                <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={t('common.delete')}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Spoiler maxHeight={88} showLabel={t('secretariat.texts.showMore')} hideLabel={t('secretariat.texts.showLess')}>
          <Text size="sm" className={classes.text}>
            <LocalizedText value={text.text} />
          </Text>
        </Spoiler>
      </Stack>
    </Paper>
  );
}
