import { describe, expect, it } from 'vitest';
import { meetingFieldsSchema, visitFieldsSchema, type MeetingFields, type VisitFields } from '../../../../shared/domain/activity';

const HYOGO = '11111111-1111-4111-8111-111111111111';

const visit = (dates: Pick<VisitFields, 'date' | 'endDate'>): unknown => ({
  direction: 'inbound',
  office: 'Pohang secretariat',
  staff: ['洪钟庆'],
  counterpartType: 'member',
  memberIds: [HYOGO],
  contactIds: [],
  title: { en: 'Visit from Hyogo' },
  topics: [],
  ...dates,
});

const meeting = (dates: Pick<MeetingFields, 'startDate' | 'endDate'>): unknown => ({
  kind: 'youthContest',
  title: { en: '6th NEAR Youth Contest' },
  participantIds: [],
  participantCounts: {},
  countUnit: 'entries',
  outcomes: [],
  sideEvents: [],
  agendaItems: [],
  contactIds: [],
  ...dates,
});

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('meeting and visit dates as precise as the source', () => {
  it('takes a day, a month or a year, and a span of either, as older whole-day records still are', () => {
    for (const dates of [{ date: '2018-10-28' }, { date: '2018-10' }, { date: '2018' }, { date: '2018-10', endDate: '2018-11' }, { date: '2018-01-11', endDate: '2018-01-12' }]) {
      expect(issues(visitFieldsSchema.safeParse(visit(dates))), JSON.stringify(dates)).toEqual([]);
    }
    expect(issues(meetingFieldsSchema.safeParse(meeting({ startDate: '2018' })))).toEqual([]);
    expect(meetingFieldsSchema.parse(meeting({ startDate: '2018-10' })).startDate).toBe('2018-10');
  });

  it('refuses what is not a date of any precision, with the date message', () => {
    for (const date of ['2018-13', '2018-10-32', '10.2018', '18', '2018-1']) {
      expect(issues(visitFieldsSchema.safeParse(visit({ date }))), date).toEqual(['date: validation.date']);
    }
    expect(issues(meetingFieldsSchema.safeParse(meeting({ startDate: '2018-02-29' })))).toEqual(['startDate: validation.date']);
  });

  it('compares periods: an end may lie inside the start period, but may not finish before it begins', () => {
    expect(issues(visitFieldsSchema.safeParse(visit({ date: '2018-10-15', endDate: '2018-10' })))).toEqual([]);
    expect(issues(visitFieldsSchema.safeParse(visit({ date: '2018-10', endDate: '2018-10-03' })))).toEqual([]);
    expect(issues(meetingFieldsSchema.safeParse(meeting({ startDate: '2018', endDate: '2018-03' })))).toEqual([]);
    expect(issues(visitFieldsSchema.safeParse(visit({ date: '2018-10', endDate: '2018-09-30' })))).toEqual(['endDate: validation.endBeforeStart']);
    expect(issues(meetingFieldsSchema.safeParse(meeting({ startDate: '2018-10-28', endDate: '2018-09' })))).toEqual(['endDate: validation.endBeforeStart']);
    expect(issues(meetingFieldsSchema.safeParse(meeting({ startDate: '2019', endDate: '2018' })))).toEqual(['endDate: validation.endBeforeStart']);
  });
});
