import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCalendarPause } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isOpenEnded, postponementCovers, type DuesPostponementRecord } from '../../../shared/domain/dues';
import { yearOfDate } from '../../../shared/domain/partial-date';
import { useFormat } from '../../i18n/use-format';
import { todayIso } from '../committees/use-as-of';
import type { LedgerOpening } from './ledger-grid';
import { useDecidingMeetings, usePostponementWords } from './postponement-words';

type AsOfProps = { opening: LedgerOpening; asOf: string; onChange: (asOf: string) => void };

/**
 * Why the ledger opens at a date other than today (nothing is recorded after that year), with a
 * one-click way to today and back.
 */
export function AsOfExplanation({ opening, asOf, onChange }: AsOfProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (opening.lastYear === undefined) return null;
  const today = todayIso();
  const year = format.year(opening.lastYear);
  const atOpening = asOf === opening.asOf;
  return (
    <Group gap="xs" data-testid="dues-as-of-why">
      <Text size="sm" c="dimmed">
        {atOpening ? t('record.dues.openedAt', { date: format.date(opening.asOf), year }) : t('record.dues.nothingAfter', { year })}
      </Text>
      {atOpening ? (
        <Button variant="light" size="compact-sm" onClick={() => onChange(today)}>
          {t('record.dues.showToday', { date: format.date(today) })}
        </Button>
      ) : (
        <Button variant="light" size="compact-sm" onClick={() => onChange(opening.asOf)}>
          {t('record.dues.showOpening', { date: format.date(opening.asOf) })}
        </Button>
      )}
    </Group>
  );
}

/**
 * The decisions postponing the fiscal year of the date shown, said in full: which years, who
 * decided and confirmed it, what it waits for, and that no member owes or loses its vote for them.
 */
export function PostponedNotice({ postponements, asOf }: { postponements: readonly DuesPostponementRecord[]; asOf: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = usePostponementWords(useDecidingMeetings());
  const listed = (decision: DuesPostponementRecord) => words.yearList(decision.fiscalYears ?? [decision.fromFiscalYear!, decision.untilFiscalYear!]);
  const covering = postponements.filter((decision) => postponementCovers(decision, yearOfDate(asOf)));
  if (covering.length === 0) return null;
  return (
    <Alert color="blue" icon={<IconCalendarPause size={20} aria-hidden />} title={t('record.dues.postponedTitle')} data-testid="dues-postponed">
      <Stack gap={4}>
        {covering.map((decision) => (
          <Text size="sm" key={decision.id}>
            {[
              isOpenEnded(decision)
                ? t('record.dues.postponedOpen', { from: format.year(decision.fromFiscalYear!) })
                : t('record.dues.postponedYears', { years: listed(decision) }),
              words.awaiting(decision) && t('record.dues.awaiting', { decision: words.awaiting(decision) }),
              words.ended(decision) && t('record.dues.ended', { decision: words.ended(decision) }),
              t('record.dues.decided', { decision: words.decided(decision) }),
              words.confirmed(decision) && t('record.dues.confirmed', { decision: words.confirmed(decision) }),
            ]
              .filter(Boolean)
              .join(' ')}
          </Text>
        ))}
        <Text size="sm">{t('record.dues.postponedEffect')}</Text>
      </Stack>
    </Alert>
  );
}
