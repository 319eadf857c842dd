import type { z } from 'zod';
import { contactFieldsSchema, followUpFieldsSchema, meetingFieldsSchema, visitFieldsSchema } from '../shared/domain/activity';
import { committeeFieldsSchema } from '../shared/domain/committee';
import { duesFieldsSchema, duesPostponementFieldsSchema } from '../shared/domain/dues';
import { memberFieldsSchema } from '../shared/domain/member';
import { reportTextFieldsSchema, staffFieldsSchema } from '../shared/domain/secretariat';
import { sampleData, type SampleEntry } from '../shared/sample';
import { sampleActivity } from '../shared/sample/activity';
import { sampleDues } from '../shared/sample/dues-2018';
import { sampleSecretariat } from '../shared/sample/secretariat-2018';
import type { CollectionName } from '../shared/sync/collections';
import { formatHlc, tick } from '../shared/sync/hlc';
import type { SyncRecord } from '../shared/sync/merge';
import { createRecord, stampOf, successiveStamps, type Stamp } from '../shared/sync/record-stamp';

/** The first change stamp of a new installation, as the app's `nextStamp` makes it. */
export function firstStamp(installationId: string, now: Date): Stamp {
  return stampOf(formatHlc(tick({ millis: 0, counter: 0, node: installationId }, now.getTime())));
}

function recordsOf<S extends z.ZodType<object>>(schema: S, entries: ReadonlyArray<SampleEntry<unknown>>, stamp: Stamp, stamps: readonly Stamp[] = []): SyncRecord[] {
  // Checked with the same schemas as a person's input, like the app's sample load.
  return entries.map((entry, index) => createRecord(schema.parse(entry.fields), stamps[index] ?? stamp, entry.id) as SyncRecord);
}

/** The stamps of the sample's meetings and visits, entered in the report's order as the app's `loadSampleData` enters them. */
export function sampleActivityStamps(stamp: Stamp): { meetings: Stamp[]; visits: Stamp[]; last: Stamp } {
  const { meetings, visits } = sampleActivity();
  const entered = successiveStamps(stamp, meetings.length + visits.length);
  return { meetings: entered.slice(0, meetings.length), visits: entered.slice(meetings.length), last: entered[entered.length - 1] };
}

/**
 * The 2018 sample as records made by this installation with one stamp, meetings and visits a
 * millisecond apart in the report's order, as the app's `loadSampleData` makes them. The app's local `localSeq` on meetings and visits is left out:
 * it never travels, and this store is not the app's database.
 */
export function sampleRecords(stamp: Stamp): Record<CollectionName, SyncRecord[]> {
  const registry = sampleData();
  const activity = sampleActivity();
  const entered = sampleActivityStamps(stamp);
  return {
    members: recordsOf(memberFieldsSchema, registry.members, stamp),
    committees: recordsOf(committeeFieldsSchema, registry.committees, stamp),
    meetings: recordsOf(meetingFieldsSchema, activity.meetings, stamp, entered.meetings),
    contacts: recordsOf(contactFieldsSchema, activity.contacts, stamp),
    visits: recordsOf(visitFieldsSchema, activity.visits, stamp, entered.visits),
    followUps: recordsOf(followUpFieldsSchema, activity.followUps, stamp),
    dues: recordsOf(duesFieldsSchema, sampleDues().dues, stamp),
    duesPostponements: recordsOf(duesPostponementFieldsSchema, sampleDues().duesPostponements, stamp),
    staff: recordsOf(staffFieldsSchema, sampleSecretariat().staff, stamp),
    reportTexts: recordsOf(reportTextFieldsSchema, sampleSecretariat().reportTexts, stamp),
  };
}
