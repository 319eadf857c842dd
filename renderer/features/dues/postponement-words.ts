import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { MeetingRecord } from '../../../shared/domain/activity';
import type { DuesPostponementFields } from '../../../shared/domain/dues';
import { useDatabase } from '../../db/database-context';
import { useFormat } from '../../i18n/use-format';
import { textIn } from '../activity/localized-input';

type Decision = Pick<
  DuesPostponementFields,
  'fiscalYears' | 'fromFiscalYear' | 'untilFiscalYear' | 'awaiting' | 'decidedOn' | 'meetingId' | 'decidedBy' | 'confirmedOn' | 'confirmedByMeetingId'
>;

/** The General Assemblies and executive committees on record: the meetings that decide on dues. */
export function useDecidingMeetings(): MeetingRecord[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(
    () =>
      db.meetings
        .where('deleted')
        .equals(0)
        .filter((meeting) => meeting.kind === 'generalAssembly' || meeting.kind === 'executiveCommittee')
        .toArray(),
    [db],
  );
}

export type PostponementWords = {
  /** The years a decision postpones: "2018, 2019", "2018–2019", or "from 2018 until a later decision". */
  years(decision: Decision): string;
  /** Who decided it and when, as precisely as the record says: "the 11th executive committee, 2017". */
  decided(decision: Decision): string;
  /** Who confirmed it and when, or '' when nobody did. */
  confirmed(decision: Decision): string;
  /** The decision it waits for, or ''. */
  awaiting(decision: Decision): string;
};

/** A postponement in words of the UI language, meeting titles read from the meetings on record. */
export function usePostponementWords(meetings: readonly MeetingRecord[] | undefined): PostponementWords {
  const { t } = useTranslation();
  const format = useFormat();
  const meetingTitle = (id: string | undefined) => {
    const meeting = meetings?.find((candidate) => candidate.id === id);
    return meeting ? format.name(meeting.title) : undefined;
  };
  const byAndWhen = (by: string | undefined, date: string) => (by ? t('record.postponement.byOn', { by, date: format.date(date) }) : format.date(date));
  return {
    years: (decision) => {
      if (decision.fiscalYears) return decision.fiscalYears.map(format.year).join(', ');
      const from = format.year(decision.fromFiscalYear!);
      if (decision.untilFiscalYear === undefined) return t('record.postponement.openFrom', { from });
      return t('record.postponement.span', { from, to: format.year(decision.untilFiscalYear) });
    },
    decided: (decision) => byAndWhen(meetingTitle(decision.meetingId) ?? (textIn(decision.decidedBy, format.locale) || undefined), decision.decidedOn),
    confirmed: (decision) => (decision.confirmedOn ? byAndWhen(meetingTitle(decision.confirmedByMeetingId), decision.confirmedOn) : ''),
    awaiting: (decision) => textIn(decision.awaiting, format.locale),
  };
}
