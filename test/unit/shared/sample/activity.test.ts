import { describe, expect, it } from 'vitest';
import { followUpFieldsSchema, meetingFieldsSchema, visitFieldsSchema } from '../../../../shared/domain/activity';
import { sampleData } from '../../../../shared/sample';
import { precisionOf } from '../../../../shared/domain/partial-date';
import { sampleActivity } from '../../../../shared/sample/activity';

const { meetings, visits, followUps, contacts } = sampleActivity();
const { members } = sampleData();
const countryOf = new Map(members.map((member) => [member.id, member.fields.country]));
const sum = (counts: Record<string, number | undefined>) => Object.values(counts).reduce<number>((total, value) => total + (value ?? 0), 0);

describe('2018 activity sample (annual report chapters I–IV and the networking chapter)', () => {
  it('passes the same schemas as user input', () => {
    for (const meeting of meetings) expect(meetingFieldsSchema.safeParse(meeting.fields).success, meeting.fields.title.en).toBe(true);
    for (const visit of visits) expect(visitFieldsSchema.safeParse(visit.fields).success, visit.fields.title.en).toBe(true);
    for (const followUp of followUps) expect(followUpFieldsSchema.safeParse(followUp.fields).success).toBe(true);
    expect(new Set([...meetings, ...visits, ...followUps, ...contacts].map((entry) => entry.id)).size).toBe(
      meetings.length + visits.length + followUps.length + contacts.length,
    );
  });

  it('has the 12th General Assembly as the report gives it: 29 present by country, 21 written, 8 items', () => {
    const assembly = meetings.find((meeting) => meeting.fields.kind === 'generalAssembly')?.fields;
    expect(assembly).toMatchObject({ edition: 12, startDate: '2018-10-28', endDate: '2018-10-31', writtenResolutions: 21 });
    expect(assembly?.participantCounts).toEqual({ CN: 10, JP: 3, KR: 4, MN: 9, RU: 3 });
    expect(sum(assembly?.participantCounts ?? {}) + (assembly?.writtenResolutions ?? 0)).toBe(50);
    expect(assembly?.agendaItems).toHaveLength(8);
  });

  it('has the five committee meetings, the workshop with 40 members and the contest with 130 entries', () => {
    expect(meetings.filter((meeting) => meeting.fields.kind === 'committeeMeeting').map((meeting) => meeting.fields.startDate)).toEqual([
      '2018-03-05',
      '2018-07-18',
      '2018-08-03',
      '2018-09-15',
      '2018-09-20',
    ]);
    const workshop = meetings.find((meeting) => meeting.fields.kind === 'workshop')?.fields;
    expect(workshop?.participantCounts).toEqual({ CN: 8, JP: 3, KR: 14, MN: 13, RU: 2 });
    const contest = meetings.find((meeting) => meeting.fields.kind === 'youthContest')?.fields;
    expect(contest).toMatchObject({ countUnit: 'entries', headcount: 130 });
    expect(sum(contest?.participantCounts ?? {})).toBe(130);
    expect(meetings.some((meeting) => meeting.fields.kind === 'youthForum')).toBe(true);
  });

  it('has one visit per entry of the networking chapter, all in 2018, dated as precisely as the report dates them', () => {
    expect(visits).toHaveLength(40);
    expect(visits.filter((visit) => !visit.fields.date.startsWith('2018'))).toEqual([]);
    const precisions = visits.map((visit) => precisionOf(visit.fields.date));
    expect(precisions.filter((precision) => precision === 'month')).toHaveLength(35);
    const hyogo = visits.find((visit) => visit.fields.title.zh?.includes('兵库县国际局'))?.fields;
    // The report gives only the month (January 2018), and so does the record.
    expect(hyogo).toMatchObject({ direction: 'inbound', date: '2018-01' });
    // The cruise forum announcement is the report's last 2018 entry, with no month; the forum's own dates stay in its text.
    const cruise = visits.find((visit) => visit.fields.title.zh?.includes('游轮旅游国际论坛'))?.fields;
    expect(cruise).toMatchObject({ date: '2018' });
    expect(cruise?.endDate).toBeUndefined();
    expect(cruise?.purpose?.zh).toContain('2019年2月20日至22日');
    expect(meetings.find((meeting) => meeting.fields.kind === 'youthContest')?.fields.startDate).toBe('2018');
    expect(hyogo?.memberIds.map((id) => countryOf.get(id))).toEqual(['JP']);
  });
});
