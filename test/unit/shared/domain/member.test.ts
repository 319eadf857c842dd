import { describe, expect, it } from 'vitest';
import { admissionYear, isMemberOn, memberFieldsSchema, memberFrom, memberUntil } from '../../../../shared/domain/member';

const akita = {
  names: { en: 'Akita Prefecture', ja: '秋田県', native: '秋田県' },
  country: 'JP',
  kind: 'member',
  admittedYear: 2018,
};

function issues(input: unknown): Record<string, string> {
  const result = memberFieldsSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('member schema', () => {
  it('accepts a member as the report gives it', () => {
    expect(memberFieldsSchema.parse(akita)).toMatchObject({ country: 'JP', admittedYear: 2018 });
  });

  it('requires the English and the native name, with a translated message key', () => {
    expect(issues({ ...akita, names: { en: '  ', native: '' } })).toEqual({
      'names.en': 'validation.required',
      'names.native': 'validation.required',
    });
  });

  it('turns blank optional names into absent ones and trims the rest', () => {
    const parsed = memberFieldsSchema.parse({ ...akita, names: { ...akita.names, ko: '', en: '  Akita Prefecture ' } });
    expect(parsed.names.ko).toBeUndefined();
    expect(parsed.names.en).toBe('Akita Prefecture');
  });

  it('keeps full members to the six countries and associates outside them (Charter Art. 4, 4-2)', () => {
    expect(issues({ ...akita, country: 'VN' })).toEqual({ country: 'validation.memberCountry' });
    expect(issues({ ...akita, kind: 'associate' })).toEqual({ country: 'validation.associateCountry' });
    expect(issues({ ...akita, kind: 'associate', country: 'VN', admittedYear: 2017 })).toEqual({});
    expect(issues({ ...akita, country: 'XX' })).toEqual({ country: 'validation.country' });
  });

  it('refuses an admission before NEAR existed and a founding member admitted later', () => {
    expect(issues({ ...akita, admittedYear: 1995 })).toEqual({ admittedYear: 'validation.admittedBeforeFounding' });
    expect(issues({ ...akita, admittedYear: 2018.5 })).toEqual({ admittedYear: 'validation.year' });
    expect(issues({ ...akita, founding: true })).toEqual({ admittedYear: 'validation.foundingYear' });
    expect(issues({ ...akita, admittedYear: 1996, founding: true })).toEqual({});
    expect(issues({ ...akita, kind: 'associate', country: 'VN', admittedYear: undefined, founding: true })).toEqual({
      founding: 'validation.foundingAssociate',
    });
  });
});

describe('membership dates', () => {
  it('keeps records with an admission year only valid, and takes a day, a month or a year of admission', () => {
    expect(issues(akita)).toEqual({});
    for (const admittedOn of ['2018-10-29', '2018-10', '2018']) expect(issues({ ...akita, admittedOn })).toEqual({});
    expect(issues({ ...akita, admittedYear: undefined, admittedOn: '2018-10-29', admissionMeetingId: '35883268-9b85-446f-a697-3ed1688f6935' })).toEqual({});
  });

  it('refuses dates that are not, an admission year that contradicts the date, and a withdrawal before the admission', () => {
    expect(issues({ ...akita, admittedOn: '2018-02-30' })).toEqual({ admittedOn: 'validation.date' });
    expect(issues({ ...akita, admittedOn: '2017-10-29' })).toEqual({ admittedOn: 'validation.admittedYearMismatch' });
    expect(issues({ ...akita, admittedYear: undefined, admittedOn: '1995' })).toEqual({ admittedOn: 'validation.admittedBeforeFounding' });
    expect(issues({ ...akita, admittedYear: undefined, admittedOn: '2001', founding: true })).toEqual({ admittedOn: 'validation.foundingYear' });
    expect(issues({ ...akita, admittedOn: '2018-10-29', withdrawnOn: '2018-10-28' })).toEqual({ withdrawnOn: 'validation.withdrawnBeforeAdmitted' });
    expect(issues({ ...akita, withdrawnOn: '2017' })).toEqual({ withdrawnOn: 'validation.withdrawnBeforeAdmitted' });
    // A withdrawal in the month of admission may be after it.
    expect(issues({ ...akita, admittedOn: '2018-10-29', withdrawnOn: '2018-10' })).toEqual({});
    expect(issues({ ...akita, admissionMeetingId: 'the assembly' })).toEqual({ admissionMeetingId: 'validation.invalid' });
  });

  it('reads the admission year from the date where there is one, and from the year on record otherwise', () => {
    expect(admissionYear({ admittedOn: '2018-10-29', admittedYear: 2018 })).toBe(2018);
    expect(admissionYear({ admittedYear: 2005 })).toBe(2005);
    expect(admissionYear({ admittedOn: '2007-03' })).toBe(2007);
    expect(admissionYear({})).toBeUndefined();
  });

  it('counts a member from the start of the period of its admission and until the day of its withdrawal or the end of its period', () => {
    expect(memberFrom({ admittedOn: '2018-10' })).toBe('2018-10-01');
    expect(memberFrom({ admittedYear: 2018 })).toBe('2018-01-01');
    expect(memberFrom({})).toBeUndefined();
    expect(memberUntil({ withdrawnOn: '2020-03-01' })).toBe('2020-03-01');
    expect(memberUntil({ withdrawnOn: '2020-02' })).toBe('2020-03-01');
    expect(memberUntil({ withdrawnOn: '2020' })).toBe('2021-01-01');
    expect(isMemberOn({}, '1990-01-01')).toBe(true);
    expect(isMemberOn({ admittedOn: '2018-10-29' }, '2018-10-28')).toBe(false);
    expect(isMemberOn({ admittedOn: '2018-10-29', withdrawnOn: '2020-02' }, '2020-02-29')).toBe(true);
    expect(isMemberOn({ admittedOn: '2018-10-29', withdrawnOn: '2020-02' }, '2020-03-01')).toBe(false);
  });
});
