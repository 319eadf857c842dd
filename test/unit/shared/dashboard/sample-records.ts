import type { RecordMeta } from '../../../../shared/domain/record-meta';
import { sampleData, type SampleEntry } from '../../../../shared/sample';
import { sampleActivity } from '../../../../shared/sample/activity';
import { sampleDues } from '../../../../shared/sample/dues-2018';

const INSTALLATION = '00000000-0000-4000-8000-000000000001';
const CLOCK = '0001543622400000-0000-00000000-0000-4000-8000-000000000001';

/** A record as the database holds it: the entry's fields plus sync bookkeeping that the dashboard ignores. */
export function stored<F>(entry: SampleEntry<F>, deleted: 0 | 1 = 0): F & RecordMeta {
  const meta: RecordMeta = {
    id: entry.id,
    createdAt: '2018-12-31T00:00:00.000Z',
    createdBy: INSTALLATION,
    updatedAt: '2018-12-31T00:00:00.000Z',
    updatedBy: INSTALLATION,
    hlc: CLOCK,
    fieldClocks: {},
    versions: {},
    deleted,
  };
  return { ...entry.fields, ...meta };
}

/** The 2018 sample as stored records, the way the first-run screen loads it. */
export function sampleRecords() {
  const { members, committees } = sampleData();
  const { meetings, visits, followUps } = sampleActivity();
  const { dues, duesPostponements } = sampleDues();
  return {
    members: members.map((entry) => stored(entry)),
    committees: committees.map((entry) => stored(entry)),
    meetings: meetings.map((entry) => stored(entry)),
    visits: visits.map((entry) => stored(entry)),
    followUps: followUps.map((entry) => stored(entry)),
    dues: dues.map((entry) => stored(entry)),
    duesPostponements: duesPostponements.map((entry) => stored(entry)),
  };
}
