/**
 * Property tests of the guarantees in DESIGN.md "Sync by bundles": replicas that exchange bundles
 * in any order, any number of times, duplicated, reordered or made for someone else, end with the
 * same data; re-importing a bundle changes nothing; a deletion is never undone by an old bundle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../../shared/sync/export';
import { applyImport, openBundle } from '../../../../shared/sync/import';
import type { SyncRecord } from '../../../../shared/sync/merge';
import { createLocal, dataOf, deleteLocal, editLocal, makeReplica, sample, type Replica } from './replica';

const COLLECTIONS = ['contacts', 'visits'] as const;
type Collection = (typeof COLLECTIONS)[number];

const DAY = 86_400_000;
const START = Date.UTC(2024, 4, 1);

/** Field edits per collection; few distinct values, so offices often type the same thing. */
const EDITS: Record<Collection, Array<Record<string, unknown>>> = {
  contacts: [
    { name: 'Kim' },
    { name: 'Lee' },
    { languages: ['ru'] },
    { languages: ['ko', 'en'] },
    { phone: '+82 54 1' },
    { phone: undefined },
    { latin: 'Kim Min-jun', name: 'Min-jun' },
  ],
  visits: [
    { title: { en: 'Working visit' } },
    { title: { en: 'Courtesy call', ko: '예방' } },
    { topics: ['fisheries'] },
    { topics: [] },
    { staff: ['Lee', 'Park'] },
    { date: '2024-06-01', endDate: '2024-06-02' },
  ],
};

type Op =
  | { kind: 'create'; at: number; collection: Collection; jitter: number }
  | { kind: 'edit'; at: number; pick: number; edit: number; jitter: number }
  | { kind: 'delete'; at: number; pick: number; jitter: number }
  | { kind: 'export'; at: number; to: number; full: boolean }
  | { kind: 'import'; at: number; pick: number }
  | { kind: 'sync'; at: number; to: number };

const replicaIndex = fc.nat({ max: 3 });
const jitter = fc.integer({ min: -3_600_000, max: 3_600_000 });
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('create' as const), at: replicaIndex, collection: fc.constantFrom(...COLLECTIONS), jitter }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: replicaIndex, pick: fc.nat(), edit: fc.nat(), jitter }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: replicaIndex, pick: fc.nat(), jitter }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('export' as const), at: replicaIndex, to: replicaIndex, full: fc.nat({ max: 3 }).map((n) => n === 0) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('import' as const), at: replicaIndex, pick: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), at: replicaIndex, to: replicaIndex }) },
);

/** A program and, per replica, how wrong its wall clock is (up to two days either way). */
const scenario = fc.record({
  skews: fc.array(fc.integer({ min: -2 * DAY, max: 2 * DAY }), { minLength: 4, maxLength: 4 }),
  ops: fc.array(opArbitrary, { minLength: 10, maxLength: 50, size: 'max' }),
});

type World = {
  replicas: Replica[];
  /** Bundle texts made so far, in the order they were made. */
  pool: string[];
  created: Set<string>;
  deleted: Set<string>;
};

const key = (collection: string, id: string) => `${collection}/${id}`;

function liveRecords(replica: Replica): Array<{ collection: Collection; record: SyncRecord }> {
  const data = dataOf(replica.store);
  return COLLECTIONS.flatMap((collection) => data[collection].filter((record) => !record.deleted).map((record) => ({ collection, record })));
}

/** Every record a replica holds as a tombstone. */
function tombstones(replica: Replica): Set<string> {
  const data = dataOf(replica.store);
  return new Set(COLLECTIONS.flatMap((collection) => data[collection].filter((record) => record.deleted).map((record) => key(collection, record.id))));
}

async function importText(replica: Replica, text: string, now: Date): Promise<void> {
  const opened = await openBundle(text);
  if (opened.file.sender.installationId === replica.identity.installationId) {
    const before = replica.store.snapshot();
    await expect(applyImport(replica.store, opened, replica.identity, { trustSender: true, now })).rejects.toMatchObject({ reason: 'ownBundle' });
    expect(replica.store.snapshot()).toEqual(before);
    return;
  }
  await applyImport(replica.store, opened, replica.identity, { trustSender: true, allowMassDelete: true, now });
}

/** Runs a random program; checks after every step that nothing a replica held deleted came back. */
async function run(count: number, skews: number[], ops: Op[]): Promise<World> {
  const replicas = await Promise.all(Array.from({ length: count }, (_, index) => makeReplica(`Office ${index}`, 'secretariat')));
  const world: World = { replicas, pool: [], created: new Set(), deleted: new Set() };
  const dead = replicas.map(() => new Set<string>());
  let time = START;
  // The offices were set up together: each made a record and they met once, so they know each
  // other and later bundles for a known office are incremental (and gaps become possible).
  for (const [index, replica] of replicas.entries()) {
    const record = await createLocal(replica, 'contacts', sample.contact(`Founder ${index}`), { now: () => new Date(time + skews[index]) });
    world.created.add(key('contacts', record.id));
  }
  await fullRounds(replicas, 1);
  for (const op of ops) {
    time += 60_000;
    const at = op.at % count;
    const replica = replicas[at];
    const wall = (shift = 0) => new Date(time + skews[at] + shift);
    switch (op.kind) {
      case 'create': {
        const fields = op.collection === 'contacts' ? sample.contact() : sample.visit();
        const record = await createLocal(replica, op.collection, fields, { now: () => wall(op.jitter) });
        world.created.add(key(op.collection, record.id));
        break;
      }
      case 'edit': {
        const live = liveRecords(replica);
        if (live.length === 0) break;
        const { collection, record } = live[op.pick % live.length];
        const edits = EDITS[collection];
        await editLocal(replica, collection, record.id, edits[op.edit % edits.length], { now: () => wall(op.jitter) });
        break;
      }
      case 'delete': {
        const live = liveRecords(replica);
        if (live.length === 0) break;
        const { collection, record } = live[op.pick % live.length];
        await deleteLocal(replica, collection, record.id, { now: () => wall(op.jitter) });
        world.deleted.add(key(collection, record.id));
        break;
      }
      case 'export': {
        const to = op.to % count;
        const recipient = to === at ? undefined : replicas[to].identity.installationId;
        const bundle = await exportBundle(replica.store, replica.identity, { recipient, full: op.full, now: wall() });
        world.pool.push(bundle.text);
        break;
      }
      case 'import': {
        if (world.pool.length === 0) break;
        // Any bundle made so far: duplicates, out of order, made for another replica (a gap).
        await importText(replica, world.pool[op.pick % world.pool.length], wall());
        break;
      }
      case 'sync': {
        // A proper exchange: an incremental bundle for its recipient, imported there at once.
        const to = replicas[op.to % count];
        if (to === replica) break;
        const bundle = await exportBundle(replica.store, replica.identity, { recipient: to.identity.installationId, now: wall() });
        world.pool.push(bundle.text);
        await importText(to, bundle.text, new Date(time + skews[op.to % count]));
        break;
      }
    }
    replicas.forEach((each, index) => {
      const now = tombstones(each);
      for (const gone of dead[index]) expect(now, `${gone} came back at replica ${index}`).toContain(gone);
      for (const gone of now) dead[index].add(gone);
    });
  }
  return world;
}

/** Every replica sends a full bundle to every other one, `rounds` times over. */
async function fullRounds(replicas: Replica[], rounds = 2): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    for (const from of replicas) {
      for (const to of replicas) {
        if (from === to) continue;
        const bundle = await exportBundle(from.store, from.identity, { recipient: to.identity.installationId, full: true });
        await applyImport(to.store, await openBundle(bundle.text), to.identity, { trustSender: true, allowMassDelete: true });
      }
    }
  }
}

async function expectConverged(world: World): Promise<void> {
  const [first, ...others] = world.replicas;
  const reference = dataOf(first.store);
  for (const other of others) expect(dataOf(other.store)).toEqual(reference);

  // Nothing is lost, and a record deleted anywhere is deleted everywhere.
  const all = new Map(COLLECTIONS.flatMap((collection) => reference[collection].map((record) => [key(collection, record.id), record] as const)));
  expect(new Set(all.keys())).toEqual(world.created);
  for (const gone of world.deleted) expect(all.get(gone)?.deleted, gone).toBe(1);

  // What each replica knows of the others has caught up too: incremental bundles are now empty
  // (a full one carries everything, so this also fails if the export fell back to a full bundle).
  for (const from of world.replicas) {
    for (const to of world.replicas) {
      if (from === to) continue;
      const bundle = await exportBundle(from.store, from.identity, { recipient: to.identity.installationId });
      expect(Object.values(bundle.counts).reduce((sum, n) => sum + n, 0)).toBe(0);
    }
  }
}

/** Stops shrinking a failure in time to report it before the test times out. */
const LIMITS = { interruptAfterTimeLimit: 45_000 };

describe('sync convergence (property)', () => {
  it('three replicas end with the same data after any exchanges and a full round', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ skews, ops }) => {
        const world = await run(3, skews, ops);
        await fullRounds(world.replicas);
        await expectConverged(world);
      }),
      { numRuns: 25, ...LIMITS },
    );
  }, 60_000);

  it('four replicas end with the same data after any exchanges and a full round', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ skews, ops }) => {
        const world = await run(4, skews, ops);
        await fullRounds(world.replicas);
        await expectConverged(world);
      }),
      { numRuns: 10, ...LIMITS },
    );
  }, 60_000);

  it('importing the same bundle a second time changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.nat(), fc.nat(), async ({ skews, ops }, pick, into) => {
        const world = await run(3, skews, ops);
        if (world.pool.length === 0) return;
        const text = world.pool[pick % world.pool.length];
        const opened = await openBundle(text);
        const receivers = world.replicas.filter((replica) => replica.identity.installationId !== opened.file.sender.installationId);
        const receiver = receivers[into % receivers.length];
        const options = { trustSender: true, allowMassDelete: true };

        await applyImport(receiver.store, opened, receiver.identity, options);
        const before = structuredClone(receiver.store.snapshot());
        const again = await applyImport(receiver.store, await openBundle(text), receiver.identity, options);

        expect(again.counts).toMatchObject({ added: 0, changed: 0, deleted: 0 });
        expect(again.conflicts).toBe(0);
        const after = receiver.store.snapshot();
        expect(after.records).toEqual(before.records);
        expect(after.knowledge).toEqual(before.knowledge);
        expect(after.conflicts).toEqual(before.conflicts);
      }),
      { numRuns: 12, ...LIMITS },
    );
  }, 60_000);

  it('a deletion made anywhere reaches every replica and is never undone by an older bundle', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ skews, ops }) => {
        const world = await run(3, skews, ops);
        // Replaying every bundle ever made, oldest first, after the full round brings nothing back.
        await fullRounds(world.replicas);
        for (const replica of world.replicas) {
          for (const text of world.pool) {
            const opened = await openBundle(text);
            if (opened.file.sender.installationId === replica.identity.installationId) continue;
            const summary = await applyImport(replica.store, opened, replica.identity, { trustSender: true });
            expect(summary.counts).toMatchObject({ added: 0, changed: 0, deleted: 0 });
          }
          const gone = tombstones(replica);
          for (const deleted of world.deleted) expect(gone).toContain(deleted);
        }
      }),
      { numRuns: 15, ...LIMITS },
    );
  }, 60_000);
});
