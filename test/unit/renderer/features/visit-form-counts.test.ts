import { describe, expect, it } from 'vitest';
import { editVisitValues, newVisitValues, visitFormSchema, type VisitFormValues } from '../../../../renderer/features/activity/visit-form-values';
import { sampleActivity } from '../../../../shared/sample/activity';

const MARCH_ULAANBAATAR = '04d415ff-c26e-4934-9f19-aba22e2f2c7b';
const march = sampleActivity().visits.find((entry) => entry.id === MARCH_ULAANBAATAR)!.fields;

describe("the visit form's counts", () => {
  it('gives back the counts of the March meeting in Ulaanbaatar unchanged when saved as shown', () => {
    const saved = visitFormSchema('zh', march).parse(editVisitValues(march, 'zh'));
    expect(saved).toMatchObject({ headcount: 12, memberCount: 12 });
    expect(saved).not.toHaveProperty('headcountAtLeast');
  });

  it('saves a lower bound, and leaves blank counts out of the record', () => {
    const form = editVisitValues(march, 'en');
    expect(visitFormSchema('en', march).parse({ ...form, headcount: 150, headcountAtLeast: true, memberCount: '' })).toMatchObject({ headcount: 150, headcountAtLeast: true });
    const blank = visitFormSchema('en', march).parse({ ...form, headcount: '', memberCount: '' });
    expect(blank).not.toHaveProperty('headcount');
    expect(blank).not.toHaveProperty('memberCount');
  });

  it('refuses "at least" without a number, and more governments than people, at the field concerned', () => {
    const form = editVisitValues(march, 'en');
    const paths = (values: VisitFormValues) => {
      const result = visitFormSchema('en', march).safeParse(values);
      return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
    };
    expect(paths({ ...form, headcount: '', headcountAtLeast: true })).toEqual([['headcount', 'validation.atLeastWithoutCount']]);
    expect(paths({ ...form, headcount: 5 })).toEqual([['memberCount', 'validation.membersAboveHeadcount']]);
  });

  it('reads a draft kept by a build without the counts', () => {
    const { headcount: _headcount, headcountAtLeast: _atLeast, memberCount: _memberCount, ...older } = newVisitValues('2018-03-01', { office: 'Pohang', person: '洪钟庆' });
    const saved = visitFormSchema('en').parse({ ...older, title: 'Visit', memberIds: march.memberIds });
    expect(saved).not.toHaveProperty('headcount');
  });
});
