import { Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DUES_PER_YEAR_USD, SECRETARIAT_CURRENCY, type DuesRecord, type DuesStatus } from '../../../shared/domain/dues';
import type { MemberRecord } from '../../../shared/domain/member';
import { useDatabase } from '../../db/database-context';
import { clearDues, recordDues } from '../../domain/dues';
import { useFormat } from '../../i18n/use-format';
import { todayIso } from '../committees/use-as-of';
import { DateField } from '../common/DateField';
import { DraftNotice } from '../common/use-form-draft';
import { useStateDraft } from '../common/use-state-draft';
import { DialogActions } from './DialogActions';
import { useDialogWrite } from './use-dialog-write';

/** The ledger cell being edited: a member's fiscal year and what is on record for it, if anything. */
export type EditedCell = { member: MemberRecord; year: number; entry?: DuesRecord };

type Draft = { status: DuesStatus; amount: number | ''; currency: string; receivedOn: string; note: string };

function draftOf(entry: DuesRecord | undefined): Draft {
  return {
    status: entry?.status ?? 'paid',
    amount: entry?.amount ?? '',
    currency: entry?.currency ?? SECRETARIAT_CURRENCY,
    receivedOn: entry?.receivedOn ?? todayIso(),
    note: entry?.note ?? '',
  };
}

const FIELDS = ['status', 'amount', 'currency', 'receivedOn', 'note'] as const;

/** Records a member's fiscal year as paid (what arrived, when) or waived, or clears it back to unpaid. */
export function DuesEntryModal({ cell, onClose }: { cell: EditedCell | null; onClose: () => void }) {
  // A new form per cell, so nothing typed for one member's year shows up in another's.
  return cell ? <EntryForm key={`${cell.member.id}:${cell.year}`} cell={cell} onClose={onClose} /> : null;
}

function EntryForm({ cell, onClose }: { cell: EditedCell; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  // Kept per member and year: a dialog closed by mistake (or a section left) gives it back.
  const entryDraft = useStateDraft<Draft>(`dues:${cell.member.id}:${cell.year}`, draftOf(cell.entry));
  const draft = entryDraft.values;
  const write = useDialogWrite(entryDraft, FIELDS, onClose);
  const { errors, run } = write;
  const name = format.name(cell.member.names);
  const set = entryDraft.set;
  const save = () => {
    const paid = draft.status === 'paid';
    return run(
      () =>
        recordDues(db, {
          memberId: cell.member.id,
          fiscalYear: cell.year,
          status: draft.status,
          amount: paid && draft.amount !== '' ? draft.amount : undefined,
          currency: paid ? draft.currency.trim().toUpperCase() || undefined : undefined,
          receivedOn: paid ? draft.receivedOn || undefined : undefined,
          note: draft.note.trim() || undefined,
        }),
      t('governance.dues.saved', { member: name, year: cell.year }),
    );
  };

  return (
    <Modal opened onClose={write.dismiss} title={t('governance.dues.entryTitle', { member: name, year: cell.year })} size="lg">
      <Stack>
        <DraftNotice restoredAt={entryDraft.restoredAt} onDiscard={() => void entryDraft.discard()} />
        <Text size="sm" c="dimmed">
          {t('governance.dues.entryIntro', { amount: format.number(DUES_PER_YEAR_USD) })}
        </Text>
        <SegmentedControl
          value={draft.status}
          onChange={(value) => set('status', value as DuesStatus)}
          data={[
            { value: 'paid', label: t('governance.dues.paid') },
            { value: 'waived', label: t('governance.dues.waived') },
          ]}
          aria-label={t('governance.dues.status')}
        />
        {draft.status === 'paid' && (
          <Group grow align="flex-start">
            <NumberInput
              label={t('governance.dues.amount')}
              value={draft.amount}
              onChange={(value) => set('amount', typeof value === 'number' ? value : '')}
              min={0}
              thousandSeparator
              error={errors.byField.amount}
              data-autofocus
            />
            <TextInput
              label={t('governance.dues.currency')}
              value={draft.currency}
              onChange={(event) => set('currency', event.currentTarget.value)}
              maxLength={3}
              error={errors.byField.currency}
            />
            <DateField label={t('governance.dues.receivedOn')} value={draft.receivedOn} onChange={(value) => set('receivedOn', value)} error={errors.byField.receivedOn} w={170} />
          </Group>
        )}
        <TextInput label={t('governance.dues.note')} value={draft.note} onChange={(event) => set('note', event.currentTarget.value)} error={errors.byField.note} />
        <DialogActions
          write={write}
          undo={
            cell.entry
              ? { label: t('governance.dues.clear'), onClick: () => void run(() => clearDues(db, cell.entry!.id), t('governance.dues.cleared', { member: name, year: cell.year })) }
              : undefined
          }
          saveLabel={t('common.save')}
          onSave={save}
        />
      </Stack>
    </Modal>
  );
}
