import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, parseHlc, receive, tick, type Hlc } from '../../../../shared/sync/hlc';
import { mergeRecords, type SyncRecord } from '../../../../shared/sync/merge';
import { createRecord, domainFields, editRecord, stableStringify, tombstoneRecord, type Stamp } from '../../../../shared/sync/record-stamp';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const id = '33333333-3333-4333-8333-333333333333';
const T0 = Date.UTC(2024, 4, 1);

/** A stamp of installation `by` at `T0 + minutes`. */
function stamp(by: string, minutes: number, counter = 0): Stamp {
  const millis = T0 + minutes * 60_000;
  return { at: new Date(millis).toISOString(), by, hlc: formatHlc({ millis, counter, node: by }) };
}

type Contact = { name: string; languages: string[]; phone?: string };

function base(): SyncRecord {
  return createRecord<Contact>({ name: 'Kim', languages: ['ko'] }, stamp(A, 0), id) as SyncRecord;
}

function edit(record: SyncRecord, changes: Partial<Contact>, by: Stamp): SyncRecord {
  return editRecord(record as SyncRecord & Contact, { ...domainFields(record), ...changes } as Contact, by).record;
}

/** The record as replicas compare it (key order does not matter). */
const canonical = (record: SyncRecord) => stableStringify(record);

describe('mergeRecords', () => {
  it('keeps edits of unrelated fields made in two offices', () => {
    const atA = edit(base(), { name: 'Kim Min-jun' }, stamp(A, 10));
    const atB = edit(base(), { languages: ['ko', 'ru'] }, stamp(B, 5));

    const result = mergeRecords(atA, atB);

    expect(result.changed).toBe(true);
    expect(result.conflicts).toEqual([]);
    expect(result.record).toMatchObject({ name: 'Kim Min-jun', languages: ['ko', 'ru'] });
    expect(result.record.fieldClocks).toEqual({ name: stamp(A, 10).hlc, languages: stamp(B, 5).hlc });
    expect(result.record.versions).toEqual({ [A]: stamp(A, 10).hlc, [B]: stamp(B, 5).hlc });
    expect(result.changes).toEqual([{ field: 'languages', clock: stamp(B, 5).hlc }]);
  });

  it('resolves the same field edited concurrently by the later clock, and reports both values', () => {
    const atA = edit(base(), { name: 'Alpha' }, stamp(A, 10));
    const atB = edit(base(), { name: 'Beta' }, stamp(B, 20));

    const here = mergeRecords(atA, atB);
    const there = mergeRecords(atB, atA);

    expect(here.record.name).toBe('Beta');
    expect(there.record.name).toBe('Beta');
    const conflict = { field: 'name', kept: 'Beta', keptClock: stamp(B, 20).hlc, other: 'Alpha', otherClock: stamp(A, 10).hlc };
    expect(here.conflicts).toEqual([conflict]);
    expect(there.conflicts).toEqual([conflict]);
    // On B's side the merge changed nothing in the value, so there is nothing to write for `name`.
    expect(there.changes).toEqual([]);
  });

  it('breaks a tie on wall time by the installation id, the same way in both offices', () => {
    const atA = edit(base(), { name: 'Alpha' }, stamp(A, 10));
    const atB = edit(base(), { name: 'Beta' }, stamp(B, 10));
    const here = mergeRecords(atA, atB);
    const there = mergeRecords(atB, atA);
    expect(here.record.name).toBe('Beta'); // B's id sorts after A's
    expect(canonical(here.record)).toBe(canonical(there.record));
    expect(here.conflicts).toHaveLength(1);
  });

  it("reports no conflict when one office had seen the other one's edit", () => {
    const atA = edit(base(), { name: 'Alpha' }, stamp(A, 10));
    const atBSawA = edit(mergeRecords(base(), atA).record, { name: 'Beta' }, stamp(B, 20));

    const result = mergeRecords(atA, atBSawA);
    expect(result.record.name).toBe('Beta');
    expect(result.conflicts).toEqual([]);
    expect(result.changes).toEqual([{ field: 'name', clock: stamp(B, 20).hlc }]);

    // The other way round, A's copy is older than what B has: nothing to do.
    const reverse = mergeRecords(atBSawA, atA);
    expect(reverse).toMatchObject({ changed: false, changes: [], conflicts: [] });
    expect(reverse.record).toBe(atBSawA);
  });

  it('is idempotent: merging the same record again changes nothing', () => {
    const atA = edit(base(), { name: 'Alpha' }, stamp(A, 10));
    const atB = edit(base(), { name: 'Beta', phone: '+82 54 123' }, stamp(B, 20));
    const once = mergeRecords(atA, atB).record;

    const twice = mergeRecords(once, atB);
    expect(twice).toMatchObject({ changed: false, changes: [], conflicts: [] });
    expect(twice.record).toBe(once);
    expect(mergeRecords(once, once).changed).toBe(false);
    expect(mergeRecords(once, atA).changed).toBe(false);
  });

  it('is commutative in domain and sync fields', () => {
    const atA = edit(edit(base(), { name: 'Alpha' }, stamp(A, 10)), { phone: '1' }, stamp(A, 30));
    const atB = edit(base(), { name: 'Beta', languages: ['ja'] }, stamp(B, 20));
    const atC = tombstoneRecord(edit(base(), { phone: '2' }, stamp(C, 25)), stamp(C, 26));

    for (const [x, y] of [
      [atA, atB],
      [atA, atC],
      [atB, atC],
    ]) {
      expect(canonical(mergeRecords(x, y).record)).toBe(canonical(mergeRecords(y, x).record));
    }
  });

  it('never brings a deleted record back from an older copy', () => {
    const old = edit(base(), { name: 'Alpha' }, stamp(A, 10));
    const dead = tombstoneRecord(old, stamp(A, 20));

    const here = mergeRecords(dead, old);
    expect(here.changed).toBe(false);
    expect(here.record.deleted).toBe(1);

    const there = mergeRecords(base(), dead);
    expect(there.record).toMatchObject({ deleted: 1, deletedBy: A, deletedAt: stamp(A, 20).at, name: 'Alpha' });
    expect(there.conflicts).toEqual([]);
    expect(there.changes.map((change) => change.field).sort()).toEqual(['deleted', 'name']);
  });

  it('keeps a deletion made concurrently with an edit, holds the edit in the tombstone, and reports it on `deleted`', () => {
    const dead = tombstoneRecord(base(), stamp(A, 10));
    // B's laptop clock is behind: its edit looks older than the deletion, yet is concurrent with it.
    for (const minutes of [5, 30]) {
      const edited = edit(base(), { name: 'Beta', phone: '+7 423' }, stamp(B, minutes));
      for (const [local, incoming] of [
        [dead, edited],
        [edited, dead],
      ]) {
        const result = mergeRecords(local, incoming);
        expect(result.record).toMatchObject({ deleted: 1, deletedBy: A, name: 'Beta', phone: '+7 423' });
        expect(result.conflicts).toEqual([
          {
            field: 'deleted',
            kept: { deleted: 1, deletedAt: stamp(A, 10).at, deletedBy: A },
            keptClock: stamp(A, 10).hlc,
            other: { name: 'Beta', phone: '+7 423' },
            otherClock: stamp(B, minutes).hlc,
          },
        ]);
      }
    }
  });

  it('reports no conflict when the deleting office had seen the edit', () => {
    const edited = edit(base(), { name: 'Beta' }, stamp(B, 5));
    const dead = tombstoneRecord(mergeRecords(base(), edited).record, stamp(A, 10));
    const result = mergeRecords(edited, dead);
    expect(result.record.deleted).toBe(1);
    expect(result.conflicts).toEqual([]);
  });

  it('reports no conflict for equal values with different clocks (both offices loaded the same sample)', () => {
    const fields: Contact = { name: 'Kim', languages: ['ko', 'en'], phone: '1' };
    const atA = createRecord(fields, stamp(A, 0), id) as SyncRecord;
    const atB = createRecord({ phone: '1', languages: ['ko', 'en'], name: 'Kim' }, stamp(B, 3), id) as SyncRecord;

    const here = mergeRecords(atA, atB);
    expect(here.conflicts).toEqual([]);
    expect(here.changes).toEqual([]);
    expect(domainFields(here.record)).toEqual(fields);
    expect(canonical(here.record)).toBe(canonical(mergeRecords(atB, atA).record));

    // The same value typed in both offices is no conflict either.
    const sameEdit = mergeRecords(edit(atA, { name: 'Kim Min-jun' }, stamp(A, 10)), edit(atA, { name: 'Kim Min-jun' }, stamp(B, 11)));
    expect(sameEdit.conflicts).toEqual([]);
  });

  it("never copies the other laptop's local bookkeeping into the merged record", () => {
    const incoming = { ...edit(base(), { name: 'Beta' }, stamp(B, 5)), localSeq: 42, syncedFrom: 'bundle-x' } as SyncRecord;

    const added = mergeRecords(undefined, incoming).record;
    expect(added).not.toHaveProperty('localSeq');
    expect(added).not.toHaveProperty('syncedFrom');
    expect(added.name).toBe('Beta');

    const merged = mergeRecords(edit(base(), { phone: '9' }, stamp(A, 3)), incoming).record;
    expect(merged).not.toHaveProperty('localSeq');
    expect(merged).not.toHaveProperty('syncedFrom');
    expect(merged).toMatchObject({ name: 'Beta', phone: '9' });
    expect(incoming.localSeq).toBe(42); // the input is not modified
  });
});

describe('mergeRecords, as an algebra', () => {
  const nodes = [A, B, C];
  const fieldEdit: fc.Arbitrary<Partial<Contact>> = fc.oneof(
    fc.record({ name: fc.constantFrom('Kim', 'Lee', 'Park') }),
    fc.record({ languages: fc.constantFrom<string[]>(['ko'], ['ja', 'en'], []) }),
    fc.record({ phone: fc.constantFrom('1', '2', undefined) }),
  );
  // Three offices, each taking a copy of the base and making a few edits (perhaps a deletion),
  // sometimes after taking in what another office had: random concurrent histories.
  const history = fc.array(
    fc.record({
      node: fc.integer({ min: 0, max: 2 }),
      minutes: fc.integer({ min: 1, max: 60 }),
      op: fc.oneof({ weight: 6, arbitrary: fieldEdit }, { weight: 1, arbitrary: fc.constant<'delete'>('delete') }),
      takeFrom: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 4 }),
    }),
    { maxLength: 12 },
  );

  function replay(steps: Array<{ node: number; minutes: number; op: Partial<Contact> | 'delete'; takeFrom: number | null }>) {
    const copies = nodes.map(() => base());
    const clocks: Hlc[] = nodes.map((node) => ({ millis: 0, counter: 0, node }));
    for (const step of steps) {
      // Wall clocks jump around (minutes are random); the hybrid clock keeps each office's own
      // changes ordered after everything it has taken in, as the app's clock does.
      const now = T0 + step.minutes * 60_000;
      if (step.takeFrom !== null) {
        copies[step.node] = mergeRecords(copies[step.node], copies[step.takeFrom]).record;
        clocks[step.node] = receive(clocks[step.node], parseHlc(copies[step.node].hlc), now, Infinity);
      }
      clocks[step.node] = tick(clocks[step.node], now);
      const by = { at: new Date(now).toISOString(), by: nodes[step.node], hlc: formatHlc(clocks[step.node]) };
      const copy = copies[step.node];
      if (step.op === 'delete') copies[step.node] = copy.deleted ? copy : tombstoneRecord(copy, by);
      else if (!copy.deleted) copies[step.node] = edit(copy, step.op, by);
    }
    return copies;
  }

  it('is commutative, associative and idempotent', () => {
    fc.assert(
      fc.property(history, (steps) => {
        const [x, y, z] = replay(steps);
        const merge = (a: SyncRecord, b: SyncRecord) => mergeRecords(a, b).record;
        expect(canonical(merge(x, y))).toBe(canonical(merge(y, x)));
        expect(canonical(merge(merge(x, y), z))).toBe(canonical(merge(x, merge(y, z))));
        expect(canonical(merge(merge(x, y), y))).toBe(canonical(merge(x, y)));
        expect(canonical(merge(x, x))).toBe(canonical(x));
      }),
      { numRuns: 300 },
    );
  });
});
