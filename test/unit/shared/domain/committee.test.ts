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
});
