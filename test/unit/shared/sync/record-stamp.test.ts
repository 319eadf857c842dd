import { describe, expect, it } from 'vitest';
import { formatHlc, isHlc } from '../../../../shared/sync/hlc';
import { createRecord, domainFields, editRecord, stableStringify, stampOf, tombstoneRecord } from '../../../../shared/sync/record-stamp';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const first = stampOf(formatHlc({ millis: Date.UTC(2018, 9, 29, 1), counter: 0, node: A }));
const second = stampOf(formatHlc({ millis: Date.UTC(2018, 9, 30, 1), counter: 0, node: B }));
const id = '33333333-3333-4333-8333-333333333333';

describe('record stamps', () => {
  it('derives who and when from the clock, the same way in every office', () => {
    const hlc = formatHlc({ millis: Date.UTC(2018, 9, 29, 1), counter: 3, node: A });
    expect(isHlc(hlc)).toBe(true);
    expect(stampOf(hlc)).toEqual({ at: '2018-10-29T01:00:00.000Z', by: A, hlc });
    expect(second).toEqual({ at: '2018-10-30T01:00:00.000Z', by: B, hlc: second.hlc });
  });

  it('stamps every field of a new record with the same clock and the creating installation', () => {
    const record = createRecord({ country: 'JP', names: { en: 'Akita' } }, first, id);
    expect(record).toMatchObject({ id, createdBy: first.by, updatedBy: first.by, hlc: first.hlc, deleted: 0 });
    expect(record.fieldClocks).toEqual({ country: first.hlc, names: first.hlc });
  });

  it('gives a new clock only to the fields an edit changed', () => {
    const record = createRecord({ country: 'JP', names: { en: 'Akita' }, admittedYear: 2018 }, first, id);
    const { record: edited, changed } = editRecord(record, { country: 'JP', names: { en: 'Akita Prefecture' }, admittedYear: 2018 }, second);
    expect(changed).toEqual(['names']);
    expect(edited.fieldClocks).toEqual({ country: first.hlc, names: second.hlc, admittedYear: first.hlc });
    expect(edited).toMatchObject({ createdBy: first.by, updatedBy: second.by, updatedAt: second.at, hlc: second.hlc });
  });

  it('treats a removed optional field as a change', () => {
    const record = createRecord({ country: 'JP', admittedYear: 2018 }, first, id);
    const { record: edited, changed } = editRecord(record, { country: 'JP' }, second);
    expect(changed).toEqual(['admittedYear']);
    expect('admittedYear' in domainFields(edited)).toBe(false);
  });

  it('leaves the record untouched when nothing changed, whatever the key order', () => {
    const record = createRecord({ names: { en: 'Akita', ja: '秋田県' }, country: 'JP' }, first, id);
    const result = editRecord(record, { country: 'JP', names: { ja: '秋田県', en: 'Akita' } }, second);
    expect(result.changed).toEqual([]);
    expect(result.record).toBe(record);
  });

  it('deletes by tombstone, keeping the fields so the deletion can travel', () => {
    const record = createRecord({ country: 'JP' }, first, id);
    const dead = tombstoneRecord(record, second);
    expect(dead).toMatchObject({ deleted: 1, deletedAt: second.at, deletedBy: second.by, hlc: second.hlc, country: 'JP', id });
  });

  it('serialises objects independently of key order', () => {
    expect(stableStringify({ b: 1, a: [{ y: 2, x: 1 }] })).toBe(stableStringify({ a: [{ x: 1, y: 2 }], b: 1 }));
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: 2 }));
  });
});
