import { describe, expect, it } from 'vitest';
import { meetingFormSchema, meetingFormValues, parseGuests } from '../../../../renderer/features/activity/meeting-form-values';
import { sampleActivity } from '../../../../shared/sample/activity';

describe("the meeting form's counts", () => {
  it('reads non-member countries as typed: codes, and people after a colon', () => {
    expect(parseGuests('')).toBeUndefined();
    expect(parseGuests('br, vn:3')).toEqual([{ country: 'BR' }, { country: 'VN', people: 3 }]);
    expect(parseGuests('Brazil')).toEqual([{ country: 'BRAZIL' }]);
  });

  it('gives back every count of a 2018 meeting unchanged when saved as shown', () => {
    for (const { fields } of sampleActivity().meetings) {
      const saved = meetingFormSchema('en', fields).parse(meetingFormValues('en', fields));
      for (const key of ['headcount', 'headcountAtLeast', 'delegates', 'memberCount', 'countryCount', 'guestCountries'] as const) {
        expect(saved[key]).toEqual(fields[key]);
      }
    }
  });

  it('refuses "at least" without a number and a guest that is a member country', () => {
    const form = meetingFormValues('en', sampleActivity().meetings[0].fields);
    expect(meetingFormSchema('en').safeParse({ ...form, headcount: '', headcountAtLeast: true }).success).toBe(false);
    expect(meetingFormSchema('en').safeParse({ ...form, guestCountries: 'JP' }).success).toBe(false);
  });
});
