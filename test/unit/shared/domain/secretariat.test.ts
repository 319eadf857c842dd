import { describe, expect, it } from 'vitest';
import {
  hasLeft,
  reportTextFieldsSchema,
  reportTextsOf,
  servesIn,
  staffFieldsSchema,
  staffOfYear,
  writtenName,
  type StaffFields,
} from '../../../../shared/domain/secretariat';
import { sampleSecretariat } from '../../../../shared/sample/secretariat-2018';
import { RECORD_SCHEMAS, isSecretariatOnly } from '../../../../shared/sync/collections';

const HYOGO = '84569e3c-73b3-410e-ab3f-2c6ed5e1ebfb';
const person: StaffFields = { name: { native: '홍종경', latin: 'Hong Jong-kyung', chinese: '洪钟庆' }, role: { en: 'Secretary-General' }, office: 'secretariat', order: 1 };

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('a staff entry', () => {
  it('takes a name in any of its forms, but not in none', () => {
    expect(staffFieldsSchema.safeParse({ ...person, name: { chinese: '希西格' } }).success).toBe(true);
    expect(issues(staffFieldsSchema.safeParse({ ...person, name: { native: ' ', latin: '' } }))).toEqual(['name.native: validation.personName']);
  });

  it('needs its position in English at least, like every name a record carries', () => {
    expect(issues(staffFieldsSchema.safeParse({ ...person, role: { zh: '秘书长' } }))).toEqual(['role.en: validation.required']);
  });

  it('names the member government of a seconded official or a branch office, and no one else needs one', () => {
    expect(issues(staffFieldsSchema.safeParse({ ...person, office: 'seconded' }))).toEqual(['memberId: validation.secondingMember']);
    expect(issues(staffFieldsSchema.safeParse({ ...person, office: 'branch' }))).toEqual(['memberId: validation.secondingMember']);
    expect(staffFieldsSchema.safeParse({ ...person, office: 'branch', memberId: HYOGO }).success).toBe(true);
    expect(issues(staffFieldsSchema.safeParse({ ...person, office: 'embassy' }))).toEqual(['office: validation.invalid']);
  });

  it('keeps dates as precise as known, and refuses a leaving date before the start', () => {
    expect(staffFieldsSchema.parse({ ...person, from: '2016', to: '2018-10' })).toMatchObject({ from: '2016', to: '2018-10' });
    expect(issues(staffFieldsSchema.safeParse({ ...person, from: '2018-10', to: '2018-09-30' }))).toEqual(['to: validation.endBeforeStart']);
    // The same month as a start and a day in it as the end is not "before".
    expect(staffFieldsSchema.safeParse({ ...person, from: '2018-10', to: '2018-10-01' }).success).toBe(true);
    expect(issues(staffFieldsSchema.safeParse({ ...person, from: '2018-13' }))).toEqual(['from: validation.date']);
  });

  it('has a place in the list from 1', () => {
    expect(issues(staffFieldsSchema.safeParse({ ...person, order: 0 }))).toEqual(['order: validation.count']);
    expect(issues(staffFieldsSchema.safeParse({ ...person, order: 1.5 }))).toEqual(['order: validation.count']);
  });
});

describe('who serves in a year', () => {
  it('counts open dates as open: no start is "since before", no end is "still serving"', () => {
    expect(servesIn({}, 2018)).toBe(true);
    expect(servesIn({ from: '2019-01' }, 2018)).toBe(false);
    expect(servesIn({ from: '2018-12' }, 2018)).toBe(true);
    expect(servesIn({ to: '2017' }, 2018)).toBe(false);
    expect(servesIn({ to: '2018-01-01' }, 2018)).toBe(true);
    expect(hasLeft({ to: '2018-10' }, '2018-10-31')).toBe(false);
    expect(hasLeft({ to: '2018-10' }, '2018-11-01')).toBe(true);
    expect(hasLeft({}, '2100-01-01')).toBe(false);
  });

  it('lists a year in the order of the list, whatever order the records come in', () => {
    const staff = sampleSecretariat().staff.map((entry) => ({ ...entry.fields, id: entry.id }));
    const shuffled = [...staff].reverse();
    expect(staffOfYear(shuffled, 2018).map((entry) => entry.id)).toEqual(staff.map((entry) => entry.id));
    expect(staffOfYear([{ ...staff[0], to: '2017' }, staff[1]], 2018).map((entry) => entry.id)).toEqual([staff[1].id]);
  });
});

describe("a person's name for each language's readers", () => {
  it('gives Chinese readers the characters, English readers the Latin letters, others their own script and the Latin', () => {
    expect(writtenName(person.name, 'zh')).toEqual({ text: '洪钟庆' });
    expect(writtenName(person.name, 'en')).toEqual({ text: 'Hong Jong-kyung' });
    expect(writtenName(person.name, 'ru')).toEqual({ text: '홍종경 (Hong Jong-kyung)' });
    expect(writtenName({ native: 'Li Yang', latin: 'Li Yang' }, 'ko')).toEqual({ text: 'Li Yang' });
  });

  it('marks a name known only in Chinese characters for every other reader', () => {
    expect(writtenName({ chinese: '希西格' }, 'zh')).toEqual({ text: '希西格' });
    expect(writtenName({ chinese: '希西格' }, 'en')).toEqual({ text: '希西格', from: 'zh' });
    expect(writtenName({ chinese: '希西格' }, 'ja')).toEqual({ text: '希西格', from: 'zh' });
    expect(writtenName({ native: 'Шишэг' }, 'en')).toEqual({ text: 'Шишэг' });
  });
});

describe('a text of the report', () => {
  const foreword = { year: 2018, kind: 'foreword', order: 1, author: { name: { en: 'Hong Jong-kyung' }, title: {} }, text: { zh: '值此新春佳节来临之际' } };

  it('needs a text in some language, and a foreword needs its author', () => {
    expect(reportTextFieldsSchema.safeParse(foreword).success).toBe(true);
    expect(issues(reportTextFieldsSchema.safeParse({ ...foreword, text: { en: ' ' } }))).toEqual(['text.en: validation.textRequired']);
    expect(issues(reportTextFieldsSchema.safeParse({ ...foreword, author: undefined }))).toEqual(['author.name.en: validation.authorRequired']);
    expect(reportTextFieldsSchema.safeParse({ ...foreword, kind: 'secretariat', author: undefined }).success).toBe(true);
  });

  it('takes a foreword pages long, and names the languages in which it is a summary once each', () => {
    expect(reportTextFieldsSchema.safeParse({ ...foreword, text: { zh: '字'.repeat(15000) } }).success).toBe(true);
    expect(issues(reportTextFieldsSchema.safeParse({ ...foreword, text: { zh: '字'.repeat(20001) } }))).toEqual(['text.zh: validation.tooLong']);
    expect(issues(reportTextFieldsSchema.safeParse({ ...foreword, summarised: ['en', 'en'] }))).toEqual(['summarised: validation.duplicate']);
    expect(issues(reportTextFieldsSchema.safeParse({ ...foreword, summarised: ['xx'] }))).toEqual(['summarised.0: validation.invalid']);
  });

  it("is found by the report's year and kind, in its order", () => {
    const texts = sampleSecretariat().reportTexts.map((entry) => ({ ...entry.fields, id: entry.id }));
    expect(reportTextsOf(texts, 2018, 'foreword').map((text) => text.author?.name.en)).toEqual(['Nikolaev', 'Hong Jong-kyung']);
    expect(reportTextsOf(texts, 2018, 'secretariat')).toHaveLength(4);
    expect(reportTextsOf(texts, 2019, 'foreword')).toEqual([]);
  });
});

describe('the 2018 sample', () => {
  const { staff, reportTexts } = sampleSecretariat();

  it('carries the staff of 17 and both forewords, every one valid', () => {
    expect(staff).toHaveLength(17);
    for (const entry of staff) expect(issues(staffFieldsSchema.safeParse(entry.fields)), entry.id).toEqual([]);
    for (const entry of reportTexts) expect(issues(reportTextFieldsSchema.safeParse(entry.fields)), entry.id).toEqual([]);
    expect(new Set([...staff, ...reportTexts].map((entry) => entry.id)).size).toBe(staff.length + reportTexts.length);
  });

  it('keeps the Chinese forewords whole and marks every other language a summary', () => {
    const forewords = reportTexts.filter((entry) => entry.fields.kind === 'foreword');
    expect(forewords.map((entry) => entry.fields.signedOn)).toEqual(['2018-12', '2018-12']);
    for (const entry of forewords) expect(entry.fields.summarised).toEqual(['ko', 'ja', 'ru', 'mn', 'en']);
  });
});

describe('sync scope', () => {
  it('reserves every field of the staff list and the report texts to the secretariat', () => {
    for (const field of ['name', 'role', 'office', 'to', 'deleted']) expect(isSecretariatOnly('staff', field)).toBe(true);
    for (const field of ['text', 'author', 'year', 'deleted']) expect(isSecretariatOnly('reportTexts', field)).toBe(true);
  });

  it('lets a record travel whose merged dates a form would refuse, as other record types do', () => {
    const meta = {
      id: '3e5a7c9b-2d4f-4a6b-8c0d-1e2f3a4b5c6d', createdAt: '2026-11-24T09:00:00.000Z', createdBy: '6f1c2b1e-3d4a-4b5c-8d6e-7f8091a2b3c4',
      updatedAt: '2026-11-24T09:00:00.000Z', updatedBy: '6f1c2b1e-3d4a-4b5c-8d6e-7f8091a2b3c4', hlc: '1764000000000-0000-6f1c2b1e-3d4a-4b5c-8d6e-7f8091a2b3c4',
      fieldClocks: {}, versions: {}, deleted: 0 as const,
    };
    expect(RECORD_SCHEMAS.staff.safeParse({ ...person, ...meta, from: '2019', to: '2018' }).success).toBe(true);
    expect(RECORD_SCHEMAS.staff.safeParse({ ...person, ...meta, office: 'embassy' }).success).toBe(false);
  });
});
