import type { ReportData } from '../../../../shared/report/model';
import { sampleData } from '../../../../shared/sample';
import { sampleActivity } from '../../../../shared/sample/activity';
import { sampleDues } from '../../../../shared/sample/dues-2018';
import { sampleSecretariat } from '../../../../shared/sample/secretariat-2018';

/** A sample entry as the registry stores it: its id, its fields, not deleted. */
export const live = <F>(entry: { id: string; fields: F }) => ({ ...entry.fields, id: entry.id, deleted: 0 as const });

/** The 2018 sample as the report reads it from the registry. */
export function sampleReportData(): ReportData {
  const { members, committees } = sampleData();
  const { meetings, visits, contacts } = sampleActivity();
  const { dues, duesPostponements } = sampleDues();
  const { staff, reportTexts } = sampleSecretariat();
  return {
    members: members.map(live),
    committees: committees.map(live),
    meetings: meetings.map(live),
    visits: visits.map(live),
    contacts: contacts.map(live),
    dues: dues.map(live),
    duesPostponements: duesPostponements.map(live),
    staff: staff.map(live),
    reportTexts: reportTexts.map(live),
  };
}
