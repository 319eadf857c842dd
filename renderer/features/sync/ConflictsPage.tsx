import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Table } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recordTitle, type SyncRecord } from '../../../shared/sync/merge';
import type { ConflictRecord } from '../../../shared/sync/store';
import { hlcTime } from '../../../shared/sync/hlc';
import { useDatabase } from '../../db/database-context';
import { isWholeIsoDate } from '../../i18n/date-input';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { resolveConflict, type ConflictChoice } from '../../sync/conflicts';
import { describeError } from '../common/describe-error';

const PATHS: Record<ConflictRecord['collection'], string> = {
  members: '/members/',
  committees: '/committees/',
  meetings: '/activity/meetings/',
  visits: '/activity/visits/',
  dues: '',
  duesPostponements: '',
  contacts: '',
  followUps: '',
  staff: '/secretariat/staff/',
  reportTexts: '/secretariat/texts/',
};

/** Where each record type keeps its form labels, so a conflict names the field as the form does. */
const LABELS: Record<ConflictRecord['collection'], string> = {
  members: 'member',
  committees: 'committee',
  meetings: 'meetings',
  visits: 'visits',
  contacts: 'contacts',
  followUps: 'followUps',
  dues: 'governance.dues',
  duesPostponements: 'governance.postponement',
  staff: 'secretariat.staff.fields',
  reportTexts: 'secretariat.texts.fields',
};
const FOLLOW_UP_FIELDS: Record<string, string> = { text: 'visits.followUpText', dueOn: 'visits.followUpDue', owner: 'visits.followUpOwner' };

const isLocalized = (value: unknown): value is Record<string, string> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value) && Object.values(value as object).every((item) => typeof item === 'string');

/**
 * The two values of a text kept in several languages, reduced to the languages in which they
 * differ: otherwise a conflict over the English subject shows two identical Chinese titles.
 */
function differingLanguages(kept: unknown, other: unknown): string[] | null {
  if (!isLocalized(kept) || !isLocalized(other)) return null;
  const languages = [...new Set([...Object.keys(kept), ...Object.keys(other)])];
  return languages.filter((language) => kept[language] !== other[language]);
}

function showSide(value: unknown, languages: string[] | null, format: Formatters): string {
  if (!languages || !isLocalized(value)) return showValue(value, format);
  return languages.map((language) => `${language.toUpperCase()}: ${value[language] ?? '—'}`).join(' · ');
}

/** A stored value as a person reads it: names in the UI language, dates in its form, lists joined, the rest as JSON. */
function showValue(value: unknown, format: Formatters): string {
  if (value === undefined || value === null || value === '') return '—';
  // A date kept in either version reads as the app's other dates do, not as its stored ISO form.
  if (typeof value === 'string' && isWholeIsoDate(value)) return format.date(value);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map((item) => showValue(item, format)).join(', ');
  if (typeof value === 'object' && typeof (value as { en?: unknown }).en === 'string') return format.name(value as { en: string });
  return JSON.stringify(value);
}

function recordLabel(record: SyncRecord | undefined, format: Formatters): string {
  if (!record) return '';
  const title = recordTitle(record);
  return typeof title === 'string' ? title : format.name(title as { en: string });
}

/**
 * Conflicts to review: the same field changed in two offices, neither having seen the other's
 * change. The value that won everywhere is shown with the one that lost; a person keeps the winner
 * or takes the other (a new edit that then travels to every office). The navigation's badge stays
 * until every conflict is reviewed.
 */
export function ConflictsPage() {
  const { t, i18n } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const rows = useLiveQuery(async () => {
    const conflicts = await db.conflicts.where('status').equals('open').toArray();
    conflicts.sort((a, b) => b.detectedAt.localeCompare(a.detectedAt));
    return Promise.all(
      conflicts.map(async (conflict) => ({
        conflict,
        record: await (db[conflict.collection] as unknown as Table<SyncRecord, string>).get(conflict.recordId),
      })),
    );
  }, [db]);
  if (!rows) return null;

  const fieldLabel = (conflict: ConflictRecord) => {
    const key = conflict.collection === 'followUps' ? FOLLOW_UP_FIELDS[conflict.field] : `${LABELS[conflict.collection]}.${conflict.field}`;
    return key && i18n.exists(key) ? t(key as 'visits.title') : conflict.field;
  };
  const settle = (conflict: ConflictRecord, choice: ConflictChoice) =>
    resolveConflict(db, conflict.id, choice).catch((error: unknown) => notifications.show({ color: 'red', message: describeError(error, t) }));

  return (
    <Stack maw={960}>
      <Title order={2}>{t('sync.conflicts.title')}</Title>
      <Text c="dimmed">{t('sync.conflicts.intro')}</Text>
      {rows.length === 0 && <Alert color="teal">{t('sync.conflicts.none')}</Alert>}
      <Stack data-testid="conflicts">
        {rows.map(({ conflict, record }) => {
          const deletion = conflict.field === 'deleted';
          const languages = differingLanguages(conflict.kept, conflict.other);
          const path = PATHS[conflict.collection];
          const label = recordLabel(record, format);
          const otherWhen = conflict.otherClock ? format.dateTime(hlcTime(conflict.otherClock)) : '';
          const keptWhen = format.dateTime(hlcTime(conflict.keptClock));
          return (
            <Paper key={conflict.id} withBorder p="md" data-testid="conflict">
              <Stack gap="xs">
                <Group gap="xs">
                  <Badge variant="light">{t(`sync.collections.${conflict.collection}`)}</Badge>
                  {path && !record?.deleted ? (
                    <Anchor component={Link} to={`${path}${conflict.recordId}`} fw={600}>
                      {label}
                    </Anchor>
                  ) : (
                    <Text fw={600}>{label}</Text>
                  )}
                  {!deletion && (
                    <Badge variant="outline" color="gray">
                      {fieldLabel(conflict)}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {t('sync.conflicts.detected', { office: conflict.office, person: conflict.person, when: format.dateTime(conflict.detectedAt) })}
                </Text>
                {deletion ? (
                  <Text>{t('sync.conflicts.deletedWhileEdited', { fields: Object.keys(conflict.other as object).map((field) => fieldLabel({ ...conflict, field })).join(', ') })}</Text>
                ) : (
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <ValueCard caption={t('sync.conflicts.kept', { when: keptWhen })} value={showSide(conflict.kept, languages, format)} testId="kept-value" />
                    <ValueCard caption={t('sync.conflicts.other', { when: otherWhen })} value={showSide(conflict.other, languages, format)} testId="other-value" />
                  </SimpleGrid>
                )}
                <Group>
                  <Button size="xs" variant="default" onClick={() => void settle(conflict, 'kept')}>
                    {t(deletion ? 'sync.conflicts.keepDeleted' : 'sync.conflicts.keep')}
                  </Button>
                  <Button size="xs" onClick={() => void settle(conflict, deletion ? 'restored' : 'other')}>
                    {t(deletion ? 'sync.conflicts.restore' : 'sync.conflicts.useOther')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}

/** One side of a conflict: when it was changed, and its value. */
function ValueCard({ caption, value, testId }: { caption: string; value: string; testId: string }) {
  return (
    <Paper bg="var(--mantine-color-default-hover)" p="sm">
      <Text size="xs" c="dimmed">
        {caption}
      </Text>
      <Text data-testid={testId}>{value}</Text>
    </Paper>
  );
}
