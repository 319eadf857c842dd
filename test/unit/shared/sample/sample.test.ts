import { describe, expect, it } from 'vitest';
import { committeeFieldsSchema } from '../../../../shared/domain/committee';
import { memberFieldsSchema } from '../../../../shared/domain/member';
import { countByCountry } from '../../../../shared/domain/member-query';
import { LOCALES } from '../../../../shared/i18n/locales';
import { sampleData } from '../../../../shared/sample';

const { members, committees } = sampleData();
const byZh = (zh: string) => members.find((member) => member.fields.names.zh === zh);

describe('2018 sample data (annual report appendix and committee table)', () => {
  it('has the 78 members in six countries and one associate, as the report counts them', () => {
    const counts = countByCountry(members.map((member) => member.fields));
    expect(counts).toEqual({ byCountry: { CN: 11, KP: 2, JP: 11, MN: 22, KR: 16, RU: 16 }, members: 78, associates: 1 });
    expect(byZh('胡志明市')?.fields).toMatchObject({ kind: 'associate', country: 'VN', admittedYear: 2017 });
  });

  it('passes the same schema as user input, with every name in all six languages and native', () => {
    for (const member of members) {
      expect(memberFieldsSchema.safeParse(member.fields).success).toBe(true);
      for (const locale of LOCALES) expect(member.fields.names[locale], `${member.fields.names.en} ${locale}`).toBeTruthy();
    }
    for (const committee of committees) {
      expect(committeeFieldsSchema.safeParse(committee.fields).success).toBe(true);
      for (const locale of LOCALES) expect(committee.fields.names[locale]).toBeTruthy();
    }
  });

  it('records what the report says of admission and founding', () => {
    expect(byZh('秋田县')?.fields.admittedYear).toBe(2018);
    expect(byZh('兵库县')?.fields.founding).toBe(true);
    expect(byZh('萨哈(雅库特)共和国')?.fields.founding).toBe(true);
    expect(members.filter((member) => member.fields.founding === true)).toHaveLength(2);
  });

  it('has the 17 committees of the table with unique ids and regulation numbers', () => {
    expect(committees).toHaveLength(17);
    expect(new Set([...members, ...committees].map((entry) => entry.id)).size).toBe(members.length + committees.length);
    expect(new Set(committees.map((committee) => committee.fields.regulationNumber)).size).toBe(17);
  });

  it('gives Tourism its two co-coordinators and every committee a coordinator from the registry', () => {
    const ids = new Set(members.map((member) => member.id));
    for (const committee of committees) expect(committee.fields.coordinatorIds.every((id) => ids.has(id))).toBe(true);
    const tourism = committees.find((committee) => committee.fields.names.zh === '旅游专门委员会');
    expect(tourism?.fields.coordinatorIds).toEqual([byZh('河南省')?.id, byZh('宁夏回族自治区')?.id]);
    expect(tourism?.fields).toMatchObject({ foundedYear: 2008, meetingsHeld: 2 });
  });
});
