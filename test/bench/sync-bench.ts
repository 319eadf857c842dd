// In-page part of the sync benchmark (bundled by run-sync-bench.mjs with esbuild and loaded into
// headless Chromium). It runs the app's own sync code over IndexedDB (Dexie), on the page's thread.
import '../../shared/zod-jitless';
import type { Table } from 'dexie';
import PouchDB from 'pouchdb-browser';
import { restoreSnapshot, takeSnapshot } from '../../renderer/backup/snapshot';
import { NearDatabase } from '../../renderer/db/database';
import { decodeBackup, encodeBackup } from '../../shared/backup/backup-format';
import { APP_VERSION } from '../../shared/version';
import { DexieSyncStore } from '../../renderer/sync/dexie-store';
import { loadIdentity } from '../../renderer/sync/identity';
import { exportBundle } from '../../shared/sync/export';
import { formatHlc } from '../../shared/sync/hlc';
import { applyImport, applyImportedAgain, openContent, openEnvelope, planImport, recogniseImported } from '../../shared/sync/import';
import { createRecord, domainFields, editRecord, stampOf } from '../../shared/sync/record-stamp';
import { generateSigningKey } from '../../shared/sync/signing';
import type { LocalIdentity } from '../../shared/sync/store';
import type { VisitRecord } from '../../shared/domain/activity';

type Timing = Record<string, number>;

const TOPICS = ['物流', '旅游', 'logistics', 'tourism', 'энергетика', '환경', '人材交流', 'education'];

/** `count` visits as the app stores them (stamped by one installation), without local bookkeeping. */
function makeVisits(count: number, node: string, from = 0): VisitRecord[] {
  const memberId = crypto.randomUUID();
  const start = Date.UTC(2020, 0, 1);
  const rows: VisitRecord[] = [];
  for (let index = from; index < from + count; index += 1) {
    const millis = start + index * 1000;
    const stamp = stampOf(formatHlc({ millis, counter: 0, node }));
    const topic = TOPICS[index % TOPICS.length];
    const fields = {
      date: new Date(start + (index % 3650) * 86_400_000).toISOString().slice(0, 10),
      direction: 'outbound' as const,
      office: 'Pohang secretariat',
      staff: ['Kim Yujin'],
      counterpartType: 'member' as const,
      memberIds: [memberId],
      contactIds: [],
      title: { en: `Meeting on ${topic} #${index}`, zh: `会谈 ${topic} ${index}` },
      topics: [topic],
      purpose: { en: `Follow-up on ${topic} cooperation` },
    };
    rows.push(createRecord(fields, stamp, crypto.randomUUID()) as VisitRecord);
  }
  return rows;
}

async function freshDb(name: string): Promise<NearDatabase> {
  await indexedDB.deleteDatabase(name);
  const db = new NearDatabase(name);
  await db.open();
  return db;
}

async function office(name: string, role: 'secretariat' | 'branch'): Promise<{ db: NearDatabase; identity: LocalIdentity }> {
  const db = await freshDb(name);
  const key = await generateSigningKey();
  const installationId = crypto.randomUUID();
  await db.meta.bulkPut([
    { key: 'installation', id: installationId, createdAt: new Date().toISOString() },
    { key: 'profile', office: name, person: 'Bench', role },
    { key: 'signingKey', ...key, createdAt: new Date().toISOString() },
  ]);
  return { db, identity: { installationId, office: name, person: 'Bench', role, ...key } };
}

/**
 * The floor the issue names: the same records put into a bare IndexedDB object store with the
 * visits table's indexes, in one transaction, with no library and no sync bookkeeping.
 */
async function rawPut(rows: readonly object[]): Promise<number> {
  const name = 'bench-raw-floor';
  await new Promise((resolve) => Object.assign(indexedDB.deleteDatabase(name), { onsuccess: resolve, onerror: resolve }));
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('visits', { keyPath: 'id' });
      store.createIndex('deleted', 'deleted');
      store.createIndex('date+id', ['date', 'id']);
      store.createIndex('memberIds', 'memberIds', { multiEntry: true });
      store.createIndex('committeeId', 'committeeId');
      store.createIndex('localSeq', 'localSeq');
      store.createIndex('hlc', 'hlc');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('visits', 'readwrite');
    const store = transaction.objectStore('visits');
    for (const row of rows) store.put(row);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  const elapsed = performance.now() - started;
  db.close();
  indexedDB.deleteDatabase(name);
  return elapsed;
}

/**
 * As the app imports a bundle: open (envelope, then content) from the file's bytes, preview,
 * apply. The bytes stand for the file as the worker reads it. The heap's peak so far is noted at
 * the end of each phase, to tell which one reaches it.
 */
async function importAsTheApp(bytes: Uint8Array, target: { db: NearDatabase; identity: LocalIdentity }, timing: Timing, prefix: string) {
  const store = new DexieSyncStore(target.db);
  let started = performance.now();
  const envelope = await openEnvelope(bytes);
  // As the app's worker does: a bundle imported before in full is recognised before its content is read.
  const again = await recogniseImported(store, envelope, target.identity);
  if (again) {
    timing[`${prefix}Open`] = since(started);
    timing[`${prefix}Preview`] = 0;
    started = performance.now();
    const summary = await applyImportedAgain(store, envelope, target.identity);
    if (!summary) throw new Error('a bundle recognised as imported before was not applied again');
    timing[`${prefix}Apply`] = since(started);
    timing[`${prefix}Recognised`] = 1;
    timing[prefix] = timing[`${prefix}Open`] + timing[`${prefix}Apply`];
    return summary;
  }
  const opened = await openContent(envelope);
  sampleHeap();
  timing[`${prefix}Open`] = since(started);
  timing[`${prefix}PeakAfterOpen`] = heapPeak;
  started = performance.now();
  await planImport(store, opened, target.identity);
  sampleHeap();
  timing[`${prefix}Preview`] = since(started);
  timing[`${prefix}PeakAfterPreview`] = heapPeak;
  started = performance.now();
  const summary = await applyImport(store, opened, target.identity, { trustSender: true });
  timing[`${prefix}Apply`] = since(started);
  timing[prefix] = timing[`${prefix}Open`] + timing[`${prefix}Preview`] + timing[`${prefix}Apply`];
  return summary;
}

const since = (started: number) => performance.now() - started;

/**
 * The peer users would otherwise pick: PouchDB 9 (its IndexedDB adapter) storing the same records
 * with `bulkDocs`, in batches of 10,000 as its guide suggests for large loads.
 */
async function pouchBulkDocs(rows: ReadonlyArray<{ id: string }>): Promise<number> {
  const pouch = new PouchDB('bench-pouch-peer');
  const started = performance.now();
  for (let start = 0; start < rows.length; start += 10_000) {
    const results = await pouch.bulkDocs(rows.slice(start, start + 10_000).map((row) => ({ ...row, _id: row.id })));
    if (results.some((result) => result.error)) throw new Error('PouchDB refused a record');
  }
  const elapsed = since(started);
  await pouch.destroy();
  return elapsed;
}

const heapNow = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
/** The largest heap seen since the last `peakHeapOf` began: sampled every 20 ms and at the end of each phase of an import. */
let heapPeak = 0;
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, heapNow());
};

/** Runs `work` while sampling the JavaScript heap; the largest sample is its peak. */
async function peakHeapOf<T>(work: () => Promise<T>): Promise<{ result: T; peak: number }> {
  heapPeak = heapNow();
  const timer = setInterval(sampleHeap, 20);
  try {
    const result = await work();
    sampleHeap();
    return { result, peak: heapPeak };
  } finally {
    clearInterval(timer);
  }
}

/** Progress for the runner's log: the step and the heap in use, to see where a large run spends memory. */
function step(name: string): void {
  const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  console.log(`  ${name} (heap ${(heap / 1e6).toFixed(0)} MB)`);
}

/**
 * The first half of a run, in its own page: floors, full export, backup (and, when `everything` is
 * set, the restore and its Dexie floor: the slowest steps, with no target; the runner asks for them
 * in its first run only, to keep the bench within 12 minutes). The bundle is left for the second
 * half as a file in IndexedDB.
 */
async function exportPhase(count: number, everything: boolean): Promise<Timing> {
  const timing: Timing = {};
  const source = await office('bench-source', 'secretariat');
  if (count > LARGE) return exportLarge(count, source, timing);
  const visits = makeVisits(count, source.identity.installationId);
  await source.db.visits.bulkPut(visits.map((visit) => ({ ...visit, localSeq: 1 })));
  await source.db.meta.put({ key: 'clock', hlc: visits[visits.length - 1].hlc });

  step('records made');
  // Floors: the same records with no sync bookkeeping at all, through Dexie and through bare IndexedDB.
  let started: number;
  if (everything) {
    const floorDb = await freshDb('bench-floor');
    started = performance.now();
    await floorDb.visits.bulkPut(visits as Array<VisitRecord & { localSeq: number }>);
    timing.floorBulkPut = since(started);
    floorDb.close();
    await indexedDB.deleteDatabase('bench-floor');
  }
  timing.floorRawPut = await rawPut(visits.map((visit) => ({ ...visit, localSeq: 1 })));
  timing.peerPouchBulkDocs = await pouchBulkDocs(visits);
  // At 100,000 records every copy counts (the page has one V8 heap for the records and their JSON).
  visits.length = 0;
  {
    started = performance.now();
    // What an export reads: the source's own table.
    const rows = await (source.db.visits as Table<VisitRecord, string>).toArray();
    timing.floorRead = since(started);
    started = performance.now();
    const payload = JSON.stringify(rows);
    timing.floorStringify = since(started);
    started = performance.now();
    JSON.parse(payload);
    timing.floorParse = since(started);
    timing.payloadBytes = payload.length;
  }
  step('floors measured');
  const full = await firstFullExport(source, timing);
  // Once sealed, an export joins the stored segments' texts.
  started = performance.now();
  await exportBundle(new DexieSyncStore(source.db), source.identity, { full: true });
  timing.exportFullSealed = since(started);
  await putFile(new Blob([full.file]));

  step('exported');
  // A backup of the same installation (read everything, JSON, gzip) and its restore (gunzip, parse,
  // check every record, replace every table in one transaction); the floors are the export's and
  // the import's, since a backup is a whole export and a restore a whole import.
  started = performance.now();
  const backupFile = await encodeBackup(await takeSnapshot(source.db, 'manual'));
  timing.backup = since(started);
  timing.backupBytes = backupFile.byteLength;
  if (everything) {
    started = performance.now();
    await restoreSnapshot(source.db, decodeBackup(backupFile, { appVersion: APP_VERSION, schemaVersion: source.db.schemaVersion }));
    timing.restore = since(started);
    if ((await source.db.visits.count()) !== count) throw new Error('the restore lost records');
  }
  step('backed up and restored');
  source.db.close();
  return timing;
}

/** The source's first full export, which also seals every record into signed segments, timed. */
async function firstFullExport(source: { db: NearDatabase; identity: LocalIdentity }, timing: Timing) {
  const started = performance.now();
  const full = await exportBundle(new DexieSyncStore(source.db), source.identity, { full: true });
  timing.exportFull = since(started);
  timing.bundleBytes = full.bytes;
  timing.segments = full.segments;
  return full;
}

/** Past this many records a run only exports and imports (`npm run bench:large`): no floors, peer or backup. */
const LARGE = 200_000;

/**
 * A large run's first half: the records made and stored 50,000 at a time (never all in memory at
 * once, as a laptop that gathered them over years never had them), then one full export.
 */
async function exportLarge(count: number, source: { db: NearDatabase; identity: LocalIdentity }, timing: Timing): Promise<Timing> {
  let last = '';
  for (let from = 0; from < count; from += 50_000) {
    const visits = makeVisits(Math.min(50_000, count - from), source.identity.installationId, from);
    await source.db.visits.bulkPut(visits.map((visit) => ({ ...visit, localSeq: 1 })));
    last = visits[visits.length - 1].hlc;
  }
  await source.db.meta.put({ key: 'clock', hlc: last });
  step('records made');
  await putFile(new Blob([(await firstFullExport(source, timing)).file]));
  step('exported');
  source.db.close();
  return timing;
}

/**
 * The second half, in a page of its own as the app imports in a worker of its own: the full import
 * into an empty database (its heap sampled; before it the page holds little more than the code and
 * the file's bytes, which live outside the JavaScript heap as a file read does), the same bundle
 * again, and an incremental bundle after 10 edits at the source.
 */
async function importPhase(count: number): Promise<Timing> {
  const timing: Timing = {};
  const target = await office('bench-target', 'branch');
  const targetStore = new DexieSyncStore(target.db);
  const file = new Uint8Array(await (await takeFile()).arrayBuffer());
  (globalThis as unknown as { gc?: () => void }).gc?.();
  timing.importHeapBefore = heapNow();
  // BENCH_PROFILE=1: the runner records a CPU profile of this import (console.profile reaches it over CDP).
  const profiling = (globalThis as unknown as { nearBenchProfile?: boolean }).nearBenchProfile === true;
  if (profiling) console.profile('import');
  const { result: first, peak } = await peakHeapOf(() => importAsTheApp(file, target, timing, 'importFull'));
  if (profiling) console.profileEnd('import');
  timing.importPeakHeap = peak;
  if (first.counts.added !== count) throw new Error(`imported ${first.counts.added} of ${count}`);
  step('imported');
  const again = await importAsTheApp(file, target, timing, 'importAgain');
  if (again.counts.added + again.counts.changed + again.counts.deleted !== 0) throw new Error('the second import changed something');

  step('imported again');
  // Incremental: the target reports back (so the source knows what it has), the source edits 10.
  const sourceDb = new NearDatabase('bench-source');
  await sourceDb.open();
  const loaded = await loadIdentity(sourceDb);
  if ('missing' in loaded) throw new Error(`the source lost its ${loaded.missing}`);
  const source = { db: sourceDb, identity: loaded.identity };
  const toEdit = await sourceDb.visits.limit(10).toArray();
  const back = await exportBundle(targetStore, target.identity, { recipient: source.identity.installationId });
  await applyImport(new DexieSyncStore(source.db), await openContent(await openEnvelope(back.text)), source.identity, { trustSender: true });
  await source.db.transaction('rw', source.db.visits, source.db.meta, async () => {
    let clock = (await source.db.meta.get('clock')) as { hlc: string };
    for (let index = 0; index < toEdit.length; index += 1) {
      const visit = toEdit[index];
      const millis = Date.now() + index;
      const hlc = formatHlc({ millis, counter: 0, node: source.identity.installationId });
      const { record } = editRecord(visit, { ...domainFields(visit), purpose: { en: `Edited ${index}` } } as typeof visit, stampOf(hlc));
      await source.db.visits.put({ ...record, localSeq: 2 });
      clock = { hlc };
    }
    await source.db.meta.put({ key: 'clock', hlc: clock.hlc });
  });
  const started = performance.now();
  const incremental = await exportBundle(new DexieSyncStore(source.db), source.identity, { recipient: target.identity.installationId });
  timing.exportIncremental = since(started);
  timing.incrementalRecords = Object.values(incremental.counts).reduce((sum, value) => sum + value, 0);
  timing.incrementalBytes = incremental.bytes;
  timing.incrementalFull = incremental.full ? 1 : 0;

  source.db.close();
  target.db.close();
  await Promise.all(['bench-source', 'bench-target', FILES].map((name) => indexedDB.deleteDatabase(name)));
  return timing;
}

/** Where the export phase leaves the bundle for the import phase: a file (Blob) in IndexedDB, as a user's file is on disk. */
const FILES = 'bench-files';

function filesDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(FILES, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('files');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function putFile(file: Blob): Promise<void> {
  const db = await filesDb();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('files', 'readwrite');
    transaction.objectStore('files').put(file, 'bundle');
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  db.close();
}

async function takeFile(): Promise<Blob> {
  const db = await filesDb();
  const file = await new Promise<Blob>((resolve, reject) => {
    const request = db.transaction('files').objectStore('files').get('bundle');
    request.onsuccess = () => (request.result instanceof Blob ? resolve(request.result) : reject(new Error('the export phase left no bundle')));
    request.onerror = () => reject(request.error);
  });
  db.close();
  return file;
}

/** Errors cross into the runner as text (a Dexie error object does not survive the trip). */
async function reporting(phase: () => Promise<Timing>): Promise<Timing> {
  try {
    return await phase();
  } catch (error) {
    const inner = (error as { inner?: unknown }).inner;
    throw new Error(`${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error)}${inner ? `\ninner: ${String(inner)}` : ''}`, { cause: error });
  }
}

(globalThis as unknown as { nearBench: unknown }).nearBench = {
  exportPhase: (count: number, everything: boolean) => reporting(() => exportPhase(count, everything)),
  importPhase: (count: number) => reporting(() => importPhase(count)),
};
