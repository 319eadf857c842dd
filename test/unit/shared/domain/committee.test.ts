import { describe, expect, it } from 'vitest';
import { committeeFieldsSchema } from '../../../../shared/domain/committee';

const coordinator = '6990c8b9-e718-4ac7-acfc-5c1a93db05ae';
const tourism = {
  names: { en: 'Tourism Committee', zh: '旅游专门委员会' },
  coordinatorIds: [coordinator, 'cde68595-f4a3-42cf-868c-33fdcf47f266'],
  foundedYear: 2008,
  meetingsHeld: 2,
  field: { zh: '旅游产品展示与宣传、合作论坛' },
  regulationNumber: 8,
};

function issues(input: unknown): Record<string, string> {
  const result = committeeFieldsSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('committee schema', () => {
  it('accepts co-coordinators (Committee Regulation Art. 5-2)', () => {
    expect(issues(tourism)).toEqual({});
  });

  it('needs at least one coordinator, each once', () => {
    expect(issues({ ...tourism, coordinatorIds: [] })).toEqual({ coordinatorIds: 'validation.coordinatorRequired' });
    expect(issues({ ...tourism, coordinatorIds: [coordinator, coordinator] })).toEqual({ coordinatorIds: 'validation.duplicate' });
  });

  it('refuses a founding year before the first committee and a meeting before founding', () => {
    expect(issues({ ...tourism, foundedYear: 1997 })).toEqual({ foundedYear: 'validation.committeeYear' });
    expect(issues({ ...tourism, lastMeetingOn: '2007-05-01' })).toEqual({ lastMeetingOn: 'validation.meetingBeforeFounding' });
    expect(issues({ ...tourism, lastMeetingOn: '2018-13-01' })).toEqual({ lastMeetingOn: 'validation.date' });
  });

  it('refuses a last meeting on a committee that held none', () => {
    expect(issues({ ...tourism, meetingsHeld: 0, lastMeetingOn: '2018-05-01' })).toEqual({ meetingsHeld: 'validation.meetingsHeldZero' });
    expect(issues({ ...tourism, meetingsHeld: -1 })).toEqual({ meetingsHeld: 'validation.count' });
  });

  it('takes a last meeting as precise as the record: a year or a month, "or earlier", and a later activity', () => {
    expect(issues({ ...tourism, lastMeetingOn: '2016', lastMeetingOrEarlier: true })).toEqual({});
    expect(issues({ ...tourism, lastMeetingOn: '2016-05', lastActivityOn: '2018', activityNote: { zh: '多年未召开' } })).toEqual({});
    expect(issues({ ...tourism, lastMeetingOn: '2007' })).toEqual({ lastMeetingOn: 'validation.meetingBeforeFounding' });
    expect(issues({ ...tourism, lastActivityOn: '2007-11' })).toEqual({ lastActivityOn: 'validation.activityBeforeFounding' });
    expect(issues({ ...tourism, lastMeetingOrEarlier: true })).toEqual({ lastMeetingOn: 'validation.orEarlierWithoutDate' });
    expect(issues({ ...tourism, lastActivityOn: '2018-02-30' })).toEqual({ lastActivityOn: 'validation.date' });
  });

  it('keeps a place in the official list between 1 and 999', () => {
    expect(issues({ ...tourism, listPosition: 5 })).toEqual({});
    expect(issues({ ...tourism, listPosition: 0 })).toEqual({ listPosition: 'validation.position' });
    expect(issues({ ...tourism, listPosition: 2.5 })).toEqual({ listPosition: 'validation.position' });
  });
});
