import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateChangeValues, type Change } from '../../../../shared/sync/changes';
import { formatHlc, hlcTime, nodeOf, parseHlc, receive, tick, type Hlc } from '../../../../shared/sync/hlc';
import { applyChange, type AuthorityOf, type SyncRecord } from '../../../../shared/sync/merge';
import { stableStringify } from '../../../../shared/sync/record-stamp';

const A = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const B = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const C = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const id = '33333333-3333-4333-8333-333333333333';
const T0 = Date.UTC(2024, 4, 1);

/** The clock of installation `by` at `T0 + minutes`. */
function clock(by: string, minutes: number, counter = 0): string {
  return formatHlc({ millis: T0 + minutes * 60_000, counter, node: by });
}

/** A change by `by` at `T0 + minutes`: every field in `values` stamped with that clock (`undefined` clears it). */
function change(by: string, minutes: number, values: Record<string, unknown>, seen: Record<string, string> = {}, collection: Change['collection'] = 'contacts'): Change {
  const at = clock(by, minutes);
  const set = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
  return { collection, id, clocks: Object.fromEntries(Object.keys(values).map((field) => [field, at])), values: set, seen };
}

const noAuthority: AuthorityOf = () => false;

/** Applies a change as an import does: with its values as the field schemas read them. */
function apply(local: SyncRecord | undefined, incoming: Change, authorityOf = noAuthority) {
  const check = validateChangeValues(incoming);
  if ('field' in check) throw new Error(`invalid test change: ${check.field}`);
  return applyChange(local, incoming, check.values, authorityOf);
}

/** Applies changes one after the other to nothing. */
const applyAll = (changes: readonly Change[], authorityOf = noAuthority) =>
  changes.reduce<SyncRecord | undefined>((record, next) => apply(record, next, authorityOf).record, undefined);

/** A's contact as created at T0; every other office had taken it in before changing it. */
const created = change(A, 0, { name: 'Kim', languages: ['ko'] });
const base = () => apply(undefined, created).record;
const sawBase = { [A]: clock(A, 0) };

/** The record as replicas compare it (key order does not matter). */
const canonical = (record: SyncRecord | undefined) => stableStringify(record);

describe('applyChange', () => {
  it('makes a record from the first change it sees, stamped by its author', () => {
    const result = apply(undefined, { ...created, createdAt: '2024-05-01T00:00:00.000Z' });
    expect(result.changed).toBe(true);
    expect(result.record).toMatchObject({
      id,
      name: 'Kim',
      languages: ['ko'],
      deleted: 0,
      createdBy: A,
      createdAt: hlcTime(clock(A, 0)),
      updatedBy: A,
      hlc: clock(A, 0),
      fieldClocks: { name: clock(A, 0), languages: clock(A, 0) },
      versions: { [A]: clock(A, 0) },
    });
    expect(result.changes.map((entry) => entry.field).sort()).toEqual(['languages', 'name']);
    expect(result.conflicts).toEqual([]);
  });

  it('keeps changes of unrelated fields made by two offices, in either order', () => {
    const fromA = change(A, 10, { name: 'Kim Min-jun' }, sawBase);
    const fromB = change(B, 5, { languages: ['ko', 'ru'] }, sawBase);

    const here = apply(apply(base(), fromA).record, fromB);
    const there = apply(apply(base(), fromB).record, fromA);

    for (const result of [here, there]) {
      expect(result.conflicts).toEqual([]);
      expect(result.record).toMatchObject({ name: 'Kim Min-jun', languages: ['ko', 'ru'] });
      expect(result.record.fieldClocks).toEqual({ name: clock(A, 10), languages: clock(B, 5) });
      expect(result.record.versions).toEqual({ [A]: clock(A, 10), [B]: clock(B, 5) });
    }
    expect(here.changes).toEqual([{ field: 'languages', clock: clock(B, 5) }]);
    expect(there.changes).toEqual([{ field: 'name', clock: clock(A, 10) }]);
    expect(canonical(here.record)).toBe(canonical(there.record));
  });

  it('resolves the same field changed concurrently by the later clock, and reports it where it is detected', () => {
    const fromA = change(A, 10, { name: 'Alpha' }, sawBase);
    const fromB = change(B, 20, { name: 'Beta' }, sawBase);
    const conflict = { field: 'name', kept: 'Beta', keptClock: clock(B, 20), other: 'Alpha', otherClock: clock(A, 10) };

    const first = apply(base(), fromA);
    expect(first.conflicts).toEqual([]);
    const here = apply(first.record, fromB);
    expect(here.record.name).toBe('Beta');
    expect(here.conflicts).toEqual([conflict]);
    expect(here.changes).toEqual([{ field: 'name', clock: clock(B, 20) }]);

    // The older change arriving second loses, changes no value, and is reported all the same.
    const there = apply(apply(base(), fromB).record, fromA);
    expect(there.record.name).toBe('Beta');
    expect(there.conflicts).toEqual([conflict]);
    expect(there.changes).toEqual([]);
    expect(canonical(there.record)).toBe(canonical(here.record));
  });

  it('settles two values under one clock by the values, the same way in any order', () => {
    // The same installation signed two versions of one change (a restored backup, a fork).
    const alpha = change(B, 10, { name: 'Alpha' }, sawBase);
    const beta = change(B, 10, { name: 'Beta' }, sawBase);
    const here = apply(apply(base(), alpha).record, beta).record;
    const there = apply(apply(base(), beta).record, alpha).record;
    expect(here.name).toBe(there.name);
    expect(['Alpha', 'Beta']).toContain(here.name);
    expect(canonical(here)).toBe(canonical(there));
  });

  it("reports no conflict when the author had seen the other office's change", () => {
    const fromA = change(A, 10, { name: 'Alpha' }, sawBase);
    const fromBSawA = change(B, 20, { name: 'Beta' }, { [A]: clock(A, 10) });

    const result = apply(apply(base(), fromA).record, fromBSawA);
    expect(result.record.name).toBe('Beta');
    expect(result.conflicts).toEqual([]);
    expect(result.changes).toEqual([{ field: 'name', clock: clock(B, 20) }]);

    // The other way round, A's change is older than what is here and was seen by it: nothing to do.
    const later = apply(base(), fromBSawA).record;
    const reverse = apply(later, fromA);
    expect(reverse).toMatchObject({ changed: false, changes: [], conflicts: [] });
    expect(reverse.record).toBe(later);
  });

  it('is idempotent: applying the same change again changes nothing', () => {
    const fromB = change(B, 20, { name: 'Beta', phone: '+82 54 123' }, sawBase);
    const once = apply(apply(base(), change(A, 10, { name: 'Alpha' }, sawBase)).record, fromB).record;

    const twice = apply(once, fromB);
    expect(twice).toMatchObject({ changed: false, changes: [], conflicts: [] });
    expect(twice.record).toBe(once);
    expect(apply(once, created).changed).toBe(false);
  });

  it('clears a field whose change has a clock and no value', () => {
    const withPhone = apply(base(), change(A, 5, { phone: '+82 54 1' }, sawBase)).record;
    const cleared = apply(withPhone, change(B, 10, { phone: undefined }, { [A]: clock(A, 5) }));
    expect(cleared.record).not.toHaveProperty('phone');
    expect(cleared.record.fieldClocks.phone).toBe(clock(B, 10));
    expect(cleared.changes).toEqual([{ field: 'phone', clock: clock(B, 10) }]);
  });

  it('keeps a deletion against an older edit, and no older change undoes it', () => {
    const edited = change(B, 10, { name: 'Beta' }, sawBase);
    const deletion = change(A, 20, { deleted: 1 }, { [A]: clock(A, 0), [B]: clock(B, 10) });

    const dead = apply(base(), deletion);
    expect(dead.record).toMatchObject({ deleted: 1, deletedBy: A, deletedAt: hlcTime(clock(A, 20)) });
    expect(dead.changes).toEqual([{ field: 'deleted', clock: clock(A, 20) }]);

    // The edit the deleting office had seen arrives late: kept in the tombstone, no conflict.
    const late = apply(dead.record, edited);
    expect(late.record).toMatchObject({ deleted: 1, deletedBy: A, name: 'Beta' });
    expect(late.conflicts).toEqual([]);

    // Neither the creation again nor a restore stamped before the deletion brings it back.
    expect(apply(late.record, created)).toMatchObject({ changed: false, record: { deleted: 1 } });
    const olderRestore = apply(late.record, change(C, 15, { deleted: 0 }, { [A]: clock(A, 0) }));
    expect(olderRestore.record).toMatchObject({ deleted: 1, deletedBy: A, deletedAt: hlcTime(clock(A, 20)) });
    expect(olderRestore.changes).toEqual([]);

    // A restore made after the deletion, knowing it, does bring it back.
    const restored = apply(late.record, change(C, 30, { deleted: 0 }, { [A]: clock(A, 20), [B]: clock(B, 10) }));
    expect(restored.record.deleted).toBe(0);
    expect(restored.record).not.toHaveProperty('deletedAt');
    expect(restored.conflicts).toEqual([]);
  });

  it('keeps a deletion made concurrently with an edit, holds the edit in the tombstone, and reports one conflict on `deleted`', () => {
    const deletion = change(A, 10, { deleted: 1 }, sawBase);
    // B's laptop clock may be behind: its edit can look older than the deletion, yet is concurrent with it.
    for (const minutes of [5, 30]) {
      const edit = change(B, minutes, { name: 'Beta', phone: '+7 423' }, sawBase);
      for (const [first, second] of [
        [deletion, edit],
        [edit, deletion],
      ]) {
        const result = apply(apply(base(), first).record, second);
        expect(result.record).toMatchObject({ deleted: 1, deletedBy: A, name: 'Beta', phone: '+7 423' });
        expect(result.conflicts).toEqual([
          {
            field: 'deleted',
            kept: { deleted: 1, deletedAt: hlcTime(clock(A, 10)), deletedBy: A },
            keptClock: clock(A, 10),
            other: { name: 'Beta', phone: '+7 423' },
            otherClock: clock(B, minutes),
          },
        ]);
      }
    }
  });

  it('reports no conflict when the deleting office had seen the edit', () => {
    const edit = change(B, 5, { name: 'Beta' }, sawBase);
    const deletion = change(A, 10, { deleted: 1 }, { [A]: clock(A, 0), [B]: clock(B, 5) });
    for (const [first, second] of [
      [edit, deletion],
      [deletion, edit],
    ]) {
      const result = apply(apply(base(), first).record, second);
      expect(result.record).toMatchObject({ deleted: 1, name: 'Beta' });
      expect(result.conflicts).toEqual([]);
    }
  });

  it('reports no conflict for equal values with different clocks (both offices loaded the same sample)', () => {
    const atB = change(B, 3, { languages: ['ko'], name: 'Kim' });
    const result = apply(base(), atB);
    expect(result.conflicts).toEqual([]);
    expect(result.changes).toEqual([]);
    expect(result.record).toMatchObject({ name: 'Kim', languages: ['ko'], fieldClocks: { name: clock(B, 3), languages: clock(B, 3) } });
    expect(canonical(result.record)).toBe(canonical(apply(apply(undefined, atB).record, created).record));
  });

  it("never copies the local bookkeeping into the merged record, nor changes what it was given", () => {
    const local = { ...base(), localSeq: 42, syncedFrom: 'bundle-x' } as SyncRecord;
    const merged = apply(local, change(B, 5, { name: 'Beta' }, sawBase)).record;
    expect(merged).not.toHaveProperty('localSeq');
    expect(merged).not.toHaveProperty('syncedFrom');
    expect(merged.name).toBe('Beta');
    expect(local).toMatchObject({ localSeq: 42, syncedFrom: 'bundle-x', name: 'Kim' });
  });
});

describe('applyChange on a field only the secretariat may change', () => {
  const SECRETARIAT = A;
  const BRANCH = B;
  const authorityOf: AuthorityOf = (installationId) => installationId === SECRETARIAT;
  const member = (by: string, minutes: number, en: string) =>
    change(by, minutes, { names: { en, native: '경상북도' }, country: 'KR', kind: 'member' }, {}, 'members');

  it("replaces a value set without authority (a branch's own copy of the sample) with the secretariat's, whatever the clocks", () => {
    for (const minutes of [10, 60]) {
      const branchCopy = apply(undefined, member(BRANCH, 30, 'Sample name'), authorityOf).record;
      const result = apply(branchCopy, member(SECRETARIAT, minutes, 'Gyeongsangbuk-do'), authorityOf);
      expect(result.record.names).toEqual({ en: 'Gyeongsangbuk-do', native: '경상북도' });
      expect(result.record.fieldClocks.names).toBe(clock(SECRETARIAT, minutes));
      expect(result.changes).toEqual([{ field: 'names', clock: clock(SECRETARIAT, minutes) }]);
      expect(result.conflicts).toEqual([]);
    }
  });

  it('never lets a value set without authority replace the secretariat\'s, even a later one', () => {
    const official = apply(undefined, member(SECRETARIAT, 10, 'Gyeongsangbuk-do'), authorityOf).record;
    const result = apply(official, member(BRANCH, 30, 'Renamed by a branch'), authorityOf);
    expect(result.record.names).toEqual({ en: 'Gyeongsangbuk-do', native: '경상북도' });
    expect(result.changes).toEqual([]);
    expect(result.conflicts).toEqual([]);
  });

  it('settles two secretariat values by the later clock, like any other field', () => {
    const official = apply(undefined, member(SECRETARIAT, 10, 'Gyeongsangbuk-do'), authorityOf).record;
    const renamed = apply(official, change(SECRETARIAT, 20, { names: { en: 'Gyeongbuk', native: '경상북도' } }, { [A]: clock(A, 10) }, 'members'), authorityOf);
    expect(renamed.record.names).toEqual({ en: 'Gyeongbuk', native: '경상북도' });
    expect(apply(renamed.record, member(SECRETARIAT, 10, 'Gyeongsangbuk-do'), authorityOf).changed).toBe(false);
  });
});

describe('applyChange, as an algebra', () => {
  const nodes = [A, B, C];
  const fieldValues: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
    { weight: 2, arbitrary: fc.record({ name: fc.constantFrom('Kim', 'Lee', 'Park') }) },
    { weight: 2, arbitrary: fc.record({ languages: fc.constantFrom<string[]>(['ko'], ['ja', 'en'], []) }) },
    { weight: 2, arbitrary: fc.record({ phone: fc.constantFrom('1', '2', undefined) }) },
    { weight: 1, arbitrary: fc.record({ name: fc.constantFrom('Kim', 'Choi'), phone: fc.constantFrom('3', undefined) }) },
    { weight: 1, arbitrary: fc.record({ deleted: fc.constantFrom(0, 1) }) },
  );
  // Three offices' changes to one record, in random concurrent histories: wall clocks jump around
  // (minutes are random), each change has seen some of the others' earlier ones, and each office's
  // hybrid clock keeps its own changes after everything it has taken in.
  const changes = fc
    .array(
      fc.record({
        node: fc.integer({ min: 0, max: 2 }),
        minutes: fc.integer({ min: 0, max: 30 }),
        values: fieldValues,
        sees: fc.subarray([0, 1, 2]),
        createdAt: fc.boolean(),
      }),
      { minLength: 1, maxLength: 5 },
    )
    .map((steps) => {
      const made: Change[] = [];
      const clocks: Hlc[] = nodes.map((node) => ({ millis: 0, counter: 0, node }));
      for (const step of steps) {
        const by = nodes[step.node];
        const now = T0 + step.minutes * 60_000;
        // What the office had taken in: the latest change of each office it sees, as the app's clock takes them in.
        const seen: Record<string, string> = {};
        for (const earlier of made) {
          const [earlierClock] = Object.values(earlier.clocks);
          const author = nodeOf(earlierClock);
          if (author === by || !step.sees.includes(nodes.indexOf(author))) continue;
          if (!(author in seen) || seen[author] < earlierClock) seen[author] = earlierClock;
        }
        for (const remote of Object.values(seen)) clocks[step.node] = receive(clocks[step.node], parseHlc(remote), now, Infinity);
        clocks[step.node] = tick(clocks[step.node], now);
        const at = formatHlc(clocks[step.node]);
        const values = Object.fromEntries(Object.entries(step.values).filter(([, value]) => value !== undefined));
        const next: Change = { collection: 'contacts', id, clocks: Object.fromEntries(Object.keys(step.values).map((field) => [field, at])), values, seen };
        if (step.createdAt) next.createdAt = new Date(now).toISOString();
        made.push(next);
      }
      return made;
    });

  function permutations<T>(items: readonly T[]): T[][] {
    if (items.length <= 1) return [[...items]];
    return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
  }

  it('gives the same record, version vector included, whatever order the changes arrive in, and is idempotent', () => {
    fc.assert(
      fc.property(changes, (list) => {
        const orders = permutations(list);
        const expected = applyAll(orders[0]);
        for (const order of orders.slice(1)) expect(canonical(applyAll(order))).toBe(canonical(expected));
        for (const again of list) expect(apply(expected, again).changed).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
