import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { MeetingRecord } from '../../../shared/domain/activity';
import { isOpenEnded, type DuesPostponementFields } from '../../../shared/domain/dues';
import { useDatabase } from '../../db/database-context';
import { useFormat, type Formatters } from '../../i18n/use-format';
import { textIn } from '../activity/localized-input';

type Decision = Pick<
  DuesPostponementFields,
  | 'fiscalYears'
  | 'fromFiscalYear'
  | 'untilFiscalYear'
  | 'awaiting'
  | 'decidedOn'
  | 'meetingId'
  | 'decidedBy'
  | 'confirmedOn'
  | 'confirmedByMeetingId'
  | 'endedOn'
  | 'endedByMeetingId'
  | 'endedBy'
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

/** The deciding meetings as a select offers them: title and year. */
export function meetingOptions(meetings: readonly MeetingRecord[] | undefined, format: Formatters): Array<{ value: string; label: string }> {
  return (meetings ?? []).map((meeting) => ({ value: meeting.id, label: `${format.name(meeting.title)} (${meeting.startDate.slice(0, 4)})` }));
}

export type PostponementWords = {
  /** The years a decision postpones: "2018, 2019", "2018–2019", or "from 2018 until a later decision". */
  years(decision: Decision): string;
  /** Who decided it and when, as precisely as the record says: "the 11th executive committee, 2017". */
  decided(decision: Decision): string;
  /** Who confirmed it and when, or '' when nobody did. */
  confirmed(decision: Decision): string;
  /** The decision it waits for while it is open, or ''. */
  awaiting(decision: Decision): string;
  /** Who ended it and when, or '' while it is open. */
  ended(decision: Decision): string;
  /** Fiscal years in order, each run of consecutive ones as a span: "2018, 2020–2026". */
  yearList(years: readonly number[]): string;
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
  // A meeting on record is named by its title; otherwise by the words the record gives.
  const byMeetingOrText = (meetingId: string | undefined, text: Decision['decidedBy'], date: string) =>
    byAndWhen(meetingTitle(meetingId) ?? (textIn(text, format.locale) || undefined), date);
  return {
    years: (decision) => {
      if (decision.fiscalYears) return decision.fiscalYears.map(format.year).join(', ');
      const from = format.year(decision.fromFiscalYear!);
      if (decision.untilFiscalYear === undefined) return t('record.postponement.openFrom', { from });
      return t('record.postponement.span', { from, to: format.year(decision.untilFiscalYear) });
    },
    decided: (decision) => byMeetingOrText(decision.meetingId, decision.decidedBy, decision.decidedOn),
    confirmed: (decision) => (decision.confirmedOn ? byAndWhen(meetingTitle(decision.confirmedByMeetingId), decision.confirmedOn) : ''),
    awaiting: (decision) => (isOpenEnded(decision) ? textIn(decision.awaiting, format.locale) : ''),
    ended: (decision) => (decision.endedOn ? byMeetingOrText(decision.endedByMeetingId, decision.endedBy, decision.endedOn) : ''),
    yearList: (years) => {
      const runs: Array<[number, number]> = [];
      for (const year of [...years].sort((a, b) => a - b)) {
        const last = runs[runs.length - 1];
        if (last && year === last[1] + 1) last[1] = year;
        else runs.push([year, year]);
      }
      return runs.map(([first, last]) => (first === last ? format.year(first) : `${format.year(first)}–${format.year(last)}`)).join(', ');
    },
  };
}
