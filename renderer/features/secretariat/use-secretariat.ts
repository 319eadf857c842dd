import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportTextRecord, StaffRecord } from '../../../shared/domain/secretariat';
import { useDatabase } from '../../db/database-context';

/** The staff list, live (deleted entries left out). */
export function useStaff(): StaffRecord[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => db.staff.where('deleted').equals(0).toArray(), [db]);
}

/** Every text of every year's report, live (deleted ones left out). */
export function useReportTexts(): ReportTextRecord[] | undefined {
  const { db } = useDatabase();
  return useLiveQuery(() => db.reportTexts.where('deleted').equals(0).toArray(), [db]);
}
