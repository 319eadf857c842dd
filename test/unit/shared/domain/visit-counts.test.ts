import { describe, expect, it } from 'vitest';
import { visitFieldsSchema, type VisitFields } from '../../../../shared/domain/activity';
import { meetingEntry, visitEntry, createLookup } from '../../../../shared/domain/timeline';
import { sampleActivity } from '../../../../shared/sample/activity';

const ARKHANGAI = '6990c8b9-e718-4ac7-acfc-5c1a93db05ae';
const GOVISUMBER = '7d1f1ad0-5f4f-4b40-8c39-2f1a0c7f5e11';

const visit = {
  date: '2018-03',
  direction: 'outbound',
  office: 'NEAR Secretariat, Pohang',
  staff: ['洪钟庆'],
  counterpartType: 'member',
  memberIds: [ARKHANGAI, GOVISUMBER],
  contactIds: [],
  title: { en: 'Meeting with Mongolian governors' },
  topics: [],
};

const issues = (input: object) => {
  const result = visitFieldsSchema.safeParse({ ...visit, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe("a visit's counts", () => {
  it('still reads a visit without any of them, as older versions and bundles recorded it', () => {
    expect(issues({})).toEqual({});
  });

  it('takes people, a lower bound of people, and member governments beyond those named', () => {
    expect(issues({ headcount: 12, memberCount: 12 })).toEqual({});
    expect(issues({ headcount: 150, headcountAtLeast: true })).toEqual({});
    expect(issues({ memberCount: 2 })).toEqual({});
  });

  it('refuses counts that cannot be, each beside its field', () => {
    expect(issues({ headcountAtLeast: true })).toEqual({ headcount: 'validation.atLeastWithoutCount' });
    expect(issues({ memberCount: 1 })).toEqual({ memberCount: 'validation.fewerThanNamed' });
    expect(issues({ headcount: 10, memberCount: 12 })).toEqual({ memberCount: 'validation.membersAboveHeadcount' });
    expect(issues({ headcount: -1 })).toEqual({ headcount: 'validation.count' });
    expect(issues({ memberCount: 2.5 })).toEqual({ memberCount: 'validation.count' });
  });

  it('lets a lower bound of people fall below the governments represented: "over 10" may be 12 or more', () => {
    expect(issues({ headcount: 10, headcountAtLeast: true, memberCount: 12 })).toEqual({});
  });
});

describe('the counts of the 2018 networking chapter, kept as fields', () => {
  const visits = new Map(sampleActivity().visits.map((entry) => [entry.id, entry.fields]));

  it('counts the March meeting in Ulaanbaatar as 12 people from 12 member governments, two of them named', () => {
    const march = visits.get('04d415ff-c26e-4934-9f19-aba22e2f2c7b');
    expect(march).toMatchObject({ headcount: 12, memberCount: 12 });
    expect(march?.memberIds).toHaveLength(2);
    expect(march?.headcountAtLeast).toBeUndefined();
  });

  it('counts the dinner in Zhangjiajie as ten people, without a number of governments the record does not give', () => {
    const dinner = visits.get('88b4b871-099a-4738-b83f-0e26a9f87382');
    expect(dinner).toMatchObject({ headcount: 10 });
    expect(dinner && 'memberCount' in dinner).toBe(false);
  });

  it('counts no other entry: the forecast of who will come to the Korea–Russia forum stays text', () => {
    const counted = [...visits.entries()].filter(([, fields]) => fields.headcount !== undefined || fields.memberCount !== undefined);
    expect(counted.map(([id]) => id).sort()).toEqual(['04d415ff-c26e-4934-9f19-aba22e2f2c7b', '88b4b871-099a-4738-b83f-0e26a9f87382']);
    for (const fields of visits.values()) expect(visitFieldsSchema.safeParse(fields).success).toBe(true);
  });
});

describe('counts on the timeline, which the list exports', () => {
  const lookup = createLookup([], [], []);

  it("carries a visit's counts, and a lower bound as one", () => {
    const fields = { ...visit, headcount: 150, headcountAtLeast: true, memberCount: 12 } as VisitFields;
    expect(visitEntry('v', fields, lookup)).toMatchObject({ headcount: 150, headcountAtLeast: true, memberCount: 12 });
    expect(visitEntry('v', visit as VisitFields, lookup)).not.toHaveProperty('headcount');
  });

  it("does not take a youth contest's entries for people", () => {
    const contest = sampleActivity().meetings.find((entry) => entry.fields.countUnit === 'entries');
    expect(contest?.fields.headcount).toBe(130);
    expect(contest && meetingEntry(contest.id, contest.fields, lookup)).not.toHaveProperty('headcount');
  });
});
