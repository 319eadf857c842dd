import type { ReportData } from '../../../../shared/report/model';
import { sampleData } from '../../../../shared/sample';
import { sampleActivity } from '../../../../shared/sample/activity';
import { sampleDues } from '../../../../shared/sample/dues-2018';
import { sampleSecretariat } from '../../../../shared/sample/secretariat-2018';

/** A sample entry as the registry stores it: its id, its fields, not deleted. */
export const live = <F>(entry: { id: string; fields: F }) => ({ ...entry.fields, id: entry.id, deleted: 0 as const });

/** A sample entry entered `index` milliseconds after the first, as the app's sample load enters meetings and visits. */
const entered =
  (offset: number) =>
  <F>(entry: { id: string; fields: F }, index: number) => ({ ...live(entry), createdAt: new Date(Date.UTC(2019, 0, 2) + offset + index).toISOString() });

/** The 2018 sample as the report reads it from the registry, meetings and visits entered in the report's order. */
export function sampleReportData(): ReportData {
  const { members, committees } = sampleData();
  const { meetings, visits, contacts } = sampleActivity();
  const { dues, duesPostponements } = sampleDues();
  const { staff, reportTexts } = sampleSecretariat();
  return {
    members: members.map(live),
    committees: committees.map(live),
    meetings: meetings.map(entered(0)),
    visits: visits.map(entered(meetings.length)),
    contacts: contacts.map(live),
    dues: dues.map(live),
    duesPostponements: duesPostponements.map(live),
    staff: staff.map(live),
    reportTexts: reportTexts.map(live),
  };
}
