import { describe, expect, it } from 'vitest';
import { meetingFieldsSchema } from '../../../../shared/domain/activity';
import { sampleActivity } from '../../../../shared/sample/activity';

const meeting = {
  kind: 'forum',
  title: { en: 'Forum' },
  startDate: '2018-09-15',
  participantIds: ['6990c8b9-e718-4ac7-acfc-5c1a93db05ae'],
  participantCounts: { CN: 3, KR: 2 },
  countUnit: 'people',
  outcomes: [],
  sideEvents: [],
  agendaItems: [],
  contactIds: [],
};

const issues = (input: object) => {
  const result = meetingFieldsSchema.safeParse({ ...meeting, ...input });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe("a meeting's counts", () => {
  it('still reads a meeting without any of them, as older versions recorded it', () => {
    expect(issues({})).toEqual({});
  });

  it('takes a lower-bound headcount, delegates, members and countries, and guest countries with or without their people', () => {
    expect(issues({ headcount: 150, headcountAtLeast: true, delegates: 24, memberCount: 11, countryCount: 4, guestCountries: [{ country: 'BR' }, { country: 'VN', people: 3 }] })).toEqual({});
  });

  it('refuses counts that cannot be', () => {
    expect(issues({ headcountAtLeast: true })).toEqual({ headcount: 'validation.atLeastWithoutCount' });
    expect(issues({ memberCount: 0 })).toEqual({ memberCount: 'validation.fewerThanNamed' });
    expect(issues({ countryCount: 2, guestCountries: [{ country: 'BR' }] })).toEqual({ countryCount: 'validation.fewerThanListed' });
    expect(issues({ headcount: 20, delegates: 24 })).toEqual({ delegates: 'validation.delegatesAboveHeadcount' });
    expect(issues({ guestCountries: [{ country: 'JP' }] })).toEqual({ 'guestCountries.0.country': 'validation.guestIsMember' });
    expect(issues({ guestCountries: [{ country: 'BR' }, { country: 'BR' }] })).toEqual({ guestCountries: 'validation.duplicate' });
    expect(issues({ guestCountries: [{ country: 'Brazil' }] })).toEqual({ 'guestCountries.0.country': 'validation.country' });
    expect(issues({ countryCount: 0, participantCounts: {} })).toEqual({ countryCount: 'validation.count' });
    expect(issues({ delegates: 2.5 })).toEqual({ delegates: 'validation.count' });
  });
});

describe('the counts the 2018 report gives, kept as fields', () => {
  const meetings = new Map(sampleActivity().meetings.map((entry) => [entry.fields.title.en, entry.fields]));
  const get = (title: string) => {
    const found = meetings.get(title);
    if (!found) throw new Error(`no meeting ${title}`);
    return found;
  };

  it('keeps "150余人" at the assembly and "30余名", "50余名" at committees as lower bounds', () => {
    expect(get('12th NEAR General Assembly')).toMatchObject({ headcount: 150, headcountAtLeast: true });
    expect(get('5th Mineral Resources Development Committee Meeting')).toMatchObject({ headcount: 30, headcountAtLeast: true });
    expect(get('2018 Energy and Climate Change Committee Meeting')).toMatchObject({ headcount: 50, headcountAtLeast: true, memberCount: 11, countryCount: 4 });
    expect(get('1st International Human Resources Exchange Committee Meeting')).toMatchObject({ delegates: 24, countryCount: 4, headcount: 150, headcountAtLeast: true });
  });

  it('keeps exact counts exact: the youth forum\'s five countries, the disaster committee\'s 15 members, Brazil at the education committee', () => {
    expect(get('2018 Northeast Asia Youth Leaders Forum')).toMatchObject({ headcount: 82, countryCount: 5 });
    expect(get('2018 Northeast Asia Youth Leaders Forum').headcountAtLeast).toBeUndefined();
    expect(get('16th Disaster Prevention Committee Meeting')).toMatchObject({ headcount: 28, memberCount: 15, countryCount: 5 });
    expect(get('16th Education and Cultural Exchange Committee Meeting')).toMatchObject({ headcount: 29, countryCount: 5, guestCountries: [{ country: 'BR' }] });
    expect(get('NEAR Working-level Workshop 2018')).toMatchObject({ edition: 13, headcount: 100 });
  });

  it('are all valid meetings', () => {
    for (const fields of meetings.values()) expect(meetingFieldsSchema.safeParse(fields).success).toBe(true);
  });
});
