import { describe, expect, it } from 'vitest';
import { memberFieldsSchema } from '../../../../shared/domain/member';

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
