import type { MeetingKind } from '../domain/activity';
import { chronological } from '../domain/chronology';
import { overlapsYear } from '../domain/partial-date';
import type { Locale } from '../i18n/locales';
import type { Resource } from '../i18n/strings';
import type { ReportData, Stored } from './model';
import { wordingFor, type Wording } from './wording';

type Live<R extends { deleted: 0 | 1 }> = ReadonlyArray<R>;

/**
 * What every section builder needs: the report's wording, its year, the registry without its
 * tombstones, and names by id. Deleted records are dropped here once, so no section can print one.
 */
export type ReportContext = {
  w: Wording;
  year: number;
  data: { [K in keyof Required<ReportData>]: Live<NonNullable<ReportData[K]>[number]> };
  memberName(id: string): string;
  committeeName(id: string): string;
  /** The meetings of the given kinds whose dates lie in the year, in time and then entry order. */
  meetingsOf(...kinds: MeetingKind[]): ReportData['meetings'];
};

const live = <R extends { deleted: 0 | 1 }>(records: ReadonlyArray<R> | undefined): R[] => (records ?? []).filter((record) => !record.deleted);

/** A record's name by id, worded when asked so a name from another language is marked where it is used. */
function namesById<R extends Stored<{ names: Record<string, string | undefined> }>>(records: readonly R[], w: Wording, unknown: string) {
  const names = new Map(records.map((record) => [record.id, record.names]));
  return (id: string): string => {
    const found = names.get(id);
    return found ? w.text(found) : unknown;
  };
}

/** The context of the report for `year` in `locale`, whose UI strings are `strings`. */
export function reportContext(data: ReportData, year: number, locale: Locale, strings: Resource): ReportContext {
  const w = wordingFor(locale, strings);
  const live_ = {
    members: live(data.members),
    committees: live(data.committees),
    meetings: live(data.meetings),
    visits: live(data.visits),
    dues: live(data.dues),
    duesPostponements: live(data.duesPostponements),
    contacts: live(data.contacts),
    staff: live(data.staff),
    reportTexts: live(data.reportTexts),
  };
  const unknown = w.t('doc.unknownRecord');
  return {
    w,
    year,
    data: live_,
    memberName: namesById(live_.members, w, unknown),
    committeeName: namesById(live_.committees, w, unknown),
    meetingsOf: (...kinds) =>
      chronological(
        live_.meetings.filter((meeting) => kinds.includes(meeting.kind) && overlapsYear(meeting.startDate, meeting.endDate, year)),
        (meeting) => ({ date: meeting.startDate, createdAt: meeting.createdAt, id: meeting.id }),
      ),
  };
}
