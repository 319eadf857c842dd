/**
 * Test helpers for the sync core: an in-memory replica with its own identity, local edits made
 * the way the app makes them (tick the installation's clock, stamp, write), and a bundle exchange.
 */
import { SYNC_COLLECTIONS, type CollectionName, type OfficeRole } from '../../../../shared/sync/collections';
import { generateSigningKey } from '../../../../shared/sync/signing';
import { exportBundle, type ExportOptions, type ExportResult } from '../../../../shared/sync/export';
import { formatHlc, parseHlc, tick } from '../../../../shared/sync/hlc';
import { applyImport, openBundle, type ImportOptions, type ImportSummary, type OpenedBundle } from '../../../../shared/sync/import';
import { MemoryStore } from '../../../../shared/sync/memory-store';
import { portable, type SyncRecord } from '../../../../shared/sync/merge';
import { createRecord, domainFields, editRecord, stampOf, tombstoneRecord, type Stamp } from '../../../../shared/sync/record-stamp';
import type { LocalIdentity, SyncWriter } from '../../../../shared/sync/store';

export type Replica = { identity: LocalIdentity; store: MemoryStore };

/** A wall clock for local edits; tests pass skewed ones to play a laptop whose clock is wrong. */
export type Now = () => Date;

/** An installation with a fresh Ed25519 key and an empty in-memory store. */
export async function makeReplica(office: string, role: OfficeRole, person = `${office} clerk`): Promise<Replica> {
  const key = await generateSigningKey();
  return {
    identity: {
      installationId: crypto.randomUUID(),
      office,
      person,
      role,
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
      privateKey: key.privateKey,
    },
    store: new MemoryStore(),
  };
}

/** The next change stamp of this installation, as the app's `nextStamp` makes it (inside the write). */
async function nextStamp(writer: SyncWriter, replica: Replica, now: Date): Promise<Stamp> {
  const node = replica.identity.installationId;
  const stored = await writer.clock();
  const last = stored ? parseHlc(stored) : { millis: 0, counter: 0, node };
  const hlc = formatHlc(tick(last, now.getTime()));
  await writer.setClock(hlc);
  return stampOf(hlc);
}

async function getLive(writer: SyncWriter, collection: CollectionName, id: string): Promise<SyncRecord> {
  const [record] = await writer.get(collection, [id]);
  if (!record) throw new Error(`No ${collection} record ${id}`);
  return record;
}

/** Creates a record locally; returns it as stored. */
export async function createLocal(
  replica: Replica,
  collection: CollectionName,
  fields: object,
  options: { id?: string; now?: Now } = {},
): Promise<SyncRecord> {
  return replica.store.write(async (writer) => {
    const stamp = await nextStamp(writer, replica, options.now?.() ?? new Date());
    const record = createRecord(fields, stamp, options.id ?? crypto.randomUUID()) as SyncRecord;
    await writer.put(collection, [record]);
    return record;
  });
}

/** Creates many records in one local transaction (as a sample import would); returns them. */
export async function createMany(
  replica: Replica,
  collection: CollectionName,
  fieldsList: object[],
  options: { now?: Now } = {},
): Promise<SyncRecord[]> {
  return replica.store.write(async (writer) => {
    const records: SyncRecord[] = [];
    for (const fields of fieldsList) {
      const stamp = await nextStamp(writer, replica, options.now?.() ?? new Date());
      records.push(createRecord(fields, stamp, crypto.randomUUID()) as SyncRecord);
    }
    await writer.put(collection, records);
    return records;
  });
}

/**
 * Edits some fields of a record locally (the others keep their values, as when a form is saved);
 * a field set to `undefined` is removed. Returns the fields whose value changed.
 */
export async function editLocal(
  replica: Replica,
  collection: CollectionName,
  id: string,
  edits: Record<string, unknown>,
  options: { now?: Now } = {},
): Promise<string[]> {
  return replica.store.write(async (writer) => {
    const existing = await getLive(writer, collection, id);
    const fields: Record<string, unknown> = { ...domainFields(portable(existing)), ...edits };
    for (const [key, value] of Object.entries(fields)) if (value === undefined) delete fields[key];
    const stamp = await nextStamp(writer, replica, options.now?.() ?? new Date());
    const { record, changed } = editRecord(existing, fields, stamp);
    if (changed.length > 0) await writer.put(collection, [record]);
    return changed;
  });
}

/** Deletes a record locally by tombstone. */
export async function deleteLocal(replica: Replica, collection: CollectionName, id: string, options: { now?: Now } = {}): Promise<void> {
  await replica.store.write(async (writer) => {
    const existing = await getLive(writer, collection, id);
    const stamp = await nextStamp(writer, replica, options.now?.() ?? new Date());
    await writer.put(collection, [tombstoneRecord(existing, stamp)]);
  });
}

/** One stored record, or undefined. */
export async function recordOf(replica: Replica, collection: CollectionName, id: string): Promise<SyncRecord | undefined> {
  const [record] = await replica.store.read((reader) => reader.get(collection, [id]));
  return record;
}

/** A bundle from `from` made for `to`, opened and applied at `to` (trusting the sender). */
export async function exchange(
  from: Replica,
  to: Replica,
  options: { full?: boolean; import?: ImportOptions; export?: ExportOptions } = {},
): Promise<{ bundle: ExportResult; opened: OpenedBundle; summary: ImportSummary }> {
  const bundle = await exportBundle(from.store, from.identity, {
    recipient: to.identity.installationId,
    full: options.full,
    ...options.export,
  });
  const opened = await openBundle(bundle.text);
  const summary = await applyImport(to.store, opened, to.identity, { trustSender: true, ...options.import });
  return { bundle, opened, summary };
}

/**
 * Every collection's records, sorted by id, as replicas must agree on them: values, deletion,
 * field clocks, who and when. Without this laptop's bookkeeping (`syncedFrom`, `localSeq`) and
 * without `versions`, which says what this replica has taken in (a change it made and saw
 * overwritten before sealing it is in its own vector only); it serves conflict detection here.
 */
export function dataOf(store: MemoryStore): Record<CollectionName, SyncRecord[]> {
  const { records } = store.snapshot();
  const agreed = (record: SyncRecord) => {
    const { versions: _versions, ...rest } = portable(record);
    return rest as SyncRecord;
  };
  return Object.fromEntries(
    SYNC_COLLECTIONS.map((name) => [name, records[name].map(agreed).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))]),
  ) as Record<CollectionName, SyncRecord[]>;
}

/** Valid domain fields per collection, for tests that need a record of a kind. */
export const sample = {
  contact: (name = 'Kim Min-jun') => ({ name, languages: ['ko', 'en'] }),
  visit: (title = 'Courtesy call') => ({
    date: '2024-05-14',
    direction: 'outbound' as const,
    office: 'Pohang',
    staff: ['Lee'],
    counterpartType: 'university' as const,
    memberIds: [] as string[],
    counterpart: { en: 'Hokkaido University' },
    contactIds: [] as string[],
    title: { en: title },
    topics: [] as string[],
  }),
  followUp: (visitId: string, text = 'Send the MoU draft') => ({ visitId, text, owner: 'Lee' }),
  member: (en = 'Gyeongsangbuk-do') => ({
    names: { en, native: '경상북도' },
    country: 'KR' as const,
    kind: 'member' as const,
  }),
  committee: (coordinatorIds: string[], en = 'Economy and Trade') => ({
    names: { en },
    coordinatorIds,
    foundedYear: 1998,
    meetingsHeld: 3,
    field: { en: 'Trade' },
  }),
};
