import { describe, expect, it } from 'vitest';
import { cutTo, spanPrecision } from '../../../../renderer/features/activity/date-span';
import { meetingFormSchema, meetingFormValues } from '../../../../renderer/features/activity/meeting-form-values';
import { editVisitValues, newVisitValues, visitFormSchema } from '../../../../renderer/features/activity/visit-form-values';
import { sampleActivity } from '../../../../shared/sample/activity';

const HYOGO = '11111111-1111-4111-8111-111111111111';
const typed = { ...newVisitValues('2026-12-06', { office: 'Pohang secretariat', person: 'Kim' }), memberIds: [HYOGO], title: 'Visit from Hyogo' };

describe('the forms take a month or a year when the day is unknown', () => {
  it('knows a span by its coarser date, and cuts a date to a coarser choice', () => {
    expect(spanPrecision('2018-01-11', '2018-01-12')).toBe('day');
    expect(spanPrecision('2018-10')).toBe('month');
    expect(spanPrecision('2018-10-05', '2018-11')).toBe('month');
    expect(spanPrecision('2018', '2018-03-01')).toBe('year');
    expect(spanPrecision('10.20', '')).toBe('day');
    expect(cutTo('2018-10-28', 'month')).toBe('2018-10');
    expect(cutTo('2018-10-28', 'year')).toBe('2018');
    expect(cutTo('2018-10', 'day')).toBe('2018-10');
    expect(cutTo('28.10.20', 'year')).toBe('28.10.20');
  });

  it('saves a visit dated by month, and a draft keeps the choice', () => {
    const values = { ...typed, date: '2018-10', datePrecision: 'month' as const };
    const saved = visitFormSchema('en').parse(values);
    expect(saved.date).toBe('2018-10');
    expect('datePrecision' in saved).toBe(false);
    // A draft is the form's values as typed: the choice travels with them and comes back.
    expect(JSON.parse(JSON.stringify(values)).datePrecision).toBe('month');
    // Drafts of older builds have no choice at all and still save.
    const { datePrecision: _dropped, ...older } = values;
    expect(visitFormSchema('en').parse(older).date).toBe('2018-10');
  });

  it('refuses an end that finishes before the start begins, with the form field named', () => {
    const result = visitFormSchema('en').safeParse({ ...typed, date: '2018-10', endDate: '2018-09-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['endDate', 'validation.endBeforeStart']]);
  });

  it('opens a record with the choice its dates were entered with', () => {
    const { visits, meetings } = sampleActivity();
    const hyogo = visits.find((visit) => visit.fields.date === '2018-01')!.fields;
    expect(editVisitValues(hyogo, 'en')).toMatchObject({ date: '2018-01', datePrecision: 'month' });
    const contest = meetings.find((meeting) => meeting.fields.kind === 'youthContest')!.fields;
    const values = meetingFormValues('en', contest);
    expect(values).toMatchObject({ startDate: '2018', datePrecision: 'year' });
    expect(meetingFormSchema('en', contest).parse(values).startDate).toBe('2018');
    expect(meetingFormValues('en', undefined, '2026-12-06').datePrecision).toBe('day');
  });
});
