import { describe, expect, it } from 'vitest';
import { countByCountry, filterMembers } from '../../../../shared/domain/member-query';

const members = [
  { country: 'JP', kind: 'member' as const, names: { en: 'Hyogo Prefecture', ja: '兵庫県', native: '兵庫県' } },
  { country: 'JP', kind: 'member' as const, names: { en: 'Akita Prefecture', ja: '秋田県', native: '秋田県' } },
  { country: 'MN', kind: 'member' as const, names: { en: 'Umnugovi Province', mn: 'Өмнөговь аймаг', native: 'Өмнөговь аймаг' } },
  { country: 'VN', kind: 'associate' as const, names: { en: 'Ho Chi Minh City', native: 'Thành phố Hồ Chí Minh' } },
];

describe('member filters', () => {
  it('narrows by country, kind and text together', () => {
    expect(filterMembers(members, { country: 'JP' }).map((m) => m.names.en)).toEqual(['Hyogo Prefecture', 'Akita Prefecture']);
    expect(filterMembers(members, { kind: 'associate' }).map((m) => m.names.en)).toEqual(['Ho Chi Minh City']);
    expect(filterMembers(members, { country: 'JP', query: '秋田' }).map((m) => m.names.en)).toEqual(['Akita Prefecture']);
    expect(filterMembers(members, { query: 'өмнө' }).map((m) => m.names.en)).toEqual(['Umnugovi Province']);
    expect(filterMembers(members, { country: 'MN', query: 'Akita' })).toEqual([]);
    expect(filterMembers(members, {})).toHaveLength(4);
  });

  it('counts full members per country, zeros included, and associates apart', () => {
    expect(countByCountry(members)).toEqual({
      byCountry: { CN: 0, KP: 0, JP: 2, MN: 1, KR: 0, RU: 0 },
      members: 3,
      associates: 1,
    });
  });
});
