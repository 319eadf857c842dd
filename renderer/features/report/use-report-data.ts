import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportData } from '../../../shared/report/model';
import { useDatabase } from '../../db/database-context';

/**
 * Everything the annual report is built from, live: an import or an edit elsewhere regenerates the
 * report on screen. Tombstones are read too and dropped by the report builder, in one place.
 */
export function useReportData(): ReportData | undefined {
  const { db } = useDatabase();
  return useLiveQuery(async () => {
    const [members, committees, meetings, visits, dues, duesPostponements, staff, reportTexts] = await Promise.all([
      db.members.toArray(),
      db.committees.toArray(),
      db.meetings.toArray(),
      db.visits.toArray(),
      db.dues.toArray(),
      db.duesPostponements.toArray(),
      db.staff.toArray(),
      db.reportTexts.toArray(),
    ]);
    return { members, committees, meetings, visits, dues, duesPostponements, staff, reportTexts };
  }, [db]);
}
