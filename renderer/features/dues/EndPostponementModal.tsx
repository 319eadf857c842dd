import { Alert, Group, List, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lastLedgerYear, type DuesPostponementRecord } from '../../../shared/domain/dues';
import { endingEffect, type EndingEffect } from '../../../shared/governance/postponement-end';
import { useDatabase } from '../../db/database-context';
import { endPostponement, reopenPostponement } from '../../domain/dues';
import { useFormat } from '../../i18n/use-format';
import { mergeText, textIn } from '../activity/localized-input';
import { todayIso } from '../committees/use-as-of';
import { DateField } from '../common/DateField';
import { DraftNotice } from '../common/use-form-draft';
import { useStateDraft } from '../common/use-state-draft';
import { DialogActions } from './DialogActions';
import { meetingOptions, useDecidingMeetings, usePostponementWords } from './postponement-words';
import { useDialogWrite } from './use-dialog-write';
import type { Ledger } from './use-ledger';

type Props = {
  /** The open-ended postponement to end, or whose end to correct; null while the dialog is closed. */
  decision: DuesPostponementRecord | null;
  ledger: Ledger;
  /** The date the ledger shows: the votes lost are counted on it (or later, once the change can cost any). */
  asOf: string;
  /** After an end is saved: the day its votes were counted on, for the ledger to show the change there. */
  onEnded: (day: string) => void;
  onClose: () => void;
};

type Draft = { until: string; endedOn: string; meetingId: string | null; endedBy: string };

const FIELDS = ['untilFiscalYear', 'endedOn', 'endedByMeetingId', 'endedBy'];

/**
 * Records the later decision that ends an open-ended postponement (the last fiscal year it covers,
 * who ended it and when), or corrects or takes back that end. Before anything is written it says
 * what the end changes: which fiscal years become owed, and how many members would lose their vote.
 */
export function EndPostponementModal({ decision, ...rest }: Props) {
  // A new form per decision, so nothing typed for one shows up in another.
  return decision ? <EndForm key={decision.id} decision={decision} {...rest} /> : null;
}

function EndForm({ decision, ledger, asOf, onEnded, onClose }: Props & { decision: DuesPostponementRecord }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const meetings = useDecidingMeetings();
  const words = usePostponementWords(meetings);
  // The awaited decision is, as a rule, the one that ends it: its words are offered as the ending one's.
  const endedByBefore = decision.endedBy ?? decision.awaiting;
  const draft = useStateDraft<Draft>(`duesPostponementEnd:${decision.id}`, {
    until: decision.untilFiscalYear?.toString() ?? '',
    endedOn: decision.endedOn ?? '',
    meetingId: decision.endedByMeetingId ?? null,
    endedBy: textIn(endedByBefore, format.locale),
  });
  const { until, endedOn, meetingId, endedBy } = draft.values;
  const write = useDialogWrite(draft, FIELDS, onClose);
  const { errors, run } = write;
  // A field's message goes once the field is changed: it spoke of what was there before.
  const change = <K extends keyof Draft>(key: K, field: string, value: Draft[K]) => {
    draft.set(key, value);
    write.clearError(field);
  };
  const ended = decision.untilFiscalYear !== undefined;
  const today = todayIso();
  const lastYear = Number(until.trim());

  // What the end changes, once the year typed is one it could be and another than the one on record.
  const effect = useMemo(() => {
    const last = lastLedgerYear(today, ledger.dues);
    if (!/^\d{4}$/.test(until.trim()) || lastYear < decision.fromFiscalYear! || lastYear > last || lastYear === decision.untilFiscalYear) return undefined;
    return endingEffect(ledger, decision.id, lastYear, { asOf, today });
  }, [ledger, decision, until, lastYear, asOf, today]);

  const save = () =>
    run(
      () =>
        endPostponement(
          db,
          decision.id,
          {
            untilFiscalYear: until.trim() ? Number(until.trim()) : undefined,
            endedOn: endedOn || undefined,
            endedByMeetingId: meetingId ?? undefined,
            endedBy: mergeText(endedByBefore, endedBy, format.locale),
          },
          today,
        ),
      t('governance.postponement.ended', { from: format.year(lastYear + 1) }),
      () => effect && onEnded(effect.day),
    );
  const reopen = () => run(() => reopenPostponement(db, decision.id), t('governance.postponement.reopened'));

  return (
    <Modal opened onClose={write.dismiss} title={t(ended ? 'governance.postponement.editEndTitle' : 'governance.postponement.endTitle')} size="xl">
      <Stack>
        <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />
        <Text size="sm">
          {[words.years(decision), words.awaiting(decision) && t('record.postponement.awaiting', { decision: words.awaiting(decision) })].filter(Boolean).join(' · ')}
        </Text>
        <Group align="flex-start">
          <TextInput
            label={t('governance.postponement.untilFiscalYear')}
            description={t('governance.postponement.untilHint')}
            value={until}
            inputMode="numeric"
            onChange={(event) => change('until', 'untilFiscalYear', event.currentTarget.value)}
            error={errors.byField.untilFiscalYear}
            withAsterisk
            w={260}
            data-autofocus
          />
          <DateField
            label={t('governance.postponement.endedOn')}
            value={endedOn}
            onChange={(value) => change('endedOn', 'endedOn', value)}
            error={errors.byField.endedOn}
            precision="year"
            withAsterisk
            w={190}
          />
        </Group>
        <Group align="flex-start">
          <Select
            label={t('governance.postponement.endedByMeetingId')}
            clearable
            value={meetingId}
            onChange={(value) => change('meetingId', 'endedByMeetingId', value)}
            data={meetingOptions(meetings, format)}
            error={errors.byField.endedByMeetingId}
            w={300}
          />
          <TextInput
            label={t('governance.postponement.endedBy')}
            description={t('governance.postponement.endedByHint')}
            value={endedBy}
            onChange={(event) => change('endedBy', 'endedBy', event.currentTarget.value)}
            error={errors.byField.endedBy}
            style={{ flex: 1 }}
            miw={240}
          />
        </Group>
        {effect && <EffectNotice effect={effect} />}
        <DialogActions
          write={write}
          undo={ended ? { label: t('governance.postponement.reopen'), onClick: reopen } : undefined}
          saveLabel={t(ended ? 'common.save' : 'governance.postponement.end')}
          saveColor="orange"
          onSave={save}
        />
      </Stack>
    </Modal>
  );
}

/** What the end changes, in sentences: the years owed (or postponed) again, and the votes that follow. */
function EffectNotice({ effect }: { effect: EndingEffect }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = usePostponementWords(undefined);
  const date = format.date(effect.day);
  const from = format.year(effect.from);
  const lines = [
    effect.due.length > 0 && t('governance.postponement.effectDue', { from, years: words.yearList(effect.due) }),
    effect.postponedAgain.length > 0 && t('governance.postponement.effectPostponedAgain', { years: words.yearList(effect.postponedAgain) }),
    effect.due.length === 0 && effect.postponedAgain.length === 0 && t('governance.postponement.effectNotYet', { from }),
    effect.losingVote > 0 && t('governance.postponement.effectLosing', { count: effect.losingVote, number: format.number(effect.losingVote), date }),
    effect.regainingVote > 0 && t('governance.postponement.effectRegaining', { count: effect.regainingVote, number: format.number(effect.regainingVote), date }),
    effect.losingVote === 0 && effect.regainingVote === 0 && t('governance.postponement.effectNoVote', { date }),
  ].filter((line): line is string => Boolean(line));
  return (
    <Alert color="orange" title={t('governance.postponement.effectTitle')} aria-live="polite" data-testid="postponement-end-effect">
      <List size="sm" spacing={4}>
        {lines.map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
