import { describe, expect, it } from 'vitest';
import { agendaDecisionSchema } from '../../../../shared/domain/activity';

function issues(input: unknown): Record<string, string> {
  const result = agendaDecisionSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const COMMITTEE = '7b0c1a34-2d5e-4f60-8a7b-9c0d1e2f3a4b';
const MEMBER = '934f6cd6-af9c-4f57-9ff1-dae95128237e';

describe('agenda decision schema', () => {
  it('takes either a tally or a result recorded without one', () => {
    expect(issues({ item: 0, article: 1, inFavour: 34, against: 10, abstaining: 6 })).toEqual({});
    expect(issues({ item: 0, article: 1, recordedResult: 'adopted' })).toEqual({});
    expect(issues({ item: 0, article: 1, recordedResult: 'rejected' })).toEqual({});
    // Neither: the class is chosen, the votes are still to come.
    expect(issues({ item: 0, article: 1 })).toEqual({});
  });

  it('refuses a tally beside a recorded result, so no count can stand next to "not recorded"', () => {
    expect(issues({ item: 0, article: 1, recordedResult: 'adopted', inFavour: 50 })).toEqual({ recordedResult: 'validation.tallyAndRecordedResult' });
    expect(issues({ item: 0, article: 1, recordedResult: 'adopted', abstaining: 0 })).toEqual({ recordedResult: 'validation.tallyAndRecordedResult' });
    expect(issues({ item: 0, article: 1, recordedResult: 'passed' })).toEqual({ recordedResult: 'validation.invalid' });
  });

  it('records the members willing to take a committee over on a coordinator replacement only', () => {
    expect(issues({ item: 0, replacesCoordinatorOf: COMMITTEE, willingMemberIds: [MEMBER], inFavour: 3 })).toEqual({});
    expect(issues({ item: 0, article: 11, willingMemberIds: [MEMBER] })).toEqual({ willingMemberIds: 'validation.willingWithoutReplacement' });
    expect(issues({ item: 0, replacesCoordinatorOf: COMMITTEE, willingMemberIds: [MEMBER, MEMBER] })).toEqual({ willingMemberIds: 'validation.duplicate' });
  });
});
