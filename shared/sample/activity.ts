import type { ContactFields, FollowUpFields, MeetingFields, VisitFields } from '../domain/activity';
import { sampleContacts, sampleMeetings, sampleVisits } from './activity-2018';
import { sampleCommittees } from './committees-2018';
import { sampleMembers } from './members-2018';
import type { SampleEntry } from './index';

/** The office the 2018 record was kept by. */
export const SAMPLE_OFFICE = 'NEAR Secretariat, Pohang';

function resolver<T extends { id: string; names: { zh: string } }>(rows: readonly T[], what: string) {
  const byZh = new Map(rows.map((row) => [row.names.zh, row.id]));
  return (zh: string): string => {
    const id = byZh.get(zh);
    if (!id) throw new Error(`The sample names an unknown ${what}: ${zh}`);
    return id;
  };
}

const memberId = resolver(sampleMembers, 'member');
const committeeId = resolver(sampleCommittees, 'committee');

/** Keeps keys whose value is present, so optional fields stay absent rather than undefined. */
function present<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/**
 * A follow-up's fixed id, derived from its visit's id and its position, so every laptop that loads
 * the sample has the same follow-ups (a UUID stays valid when its last two hex digits change).
 */
function followUpId(visitId: string, index: number): string {
  return `${visitId.slice(0, -2)}${index.toString(16).padStart(2, '0')}`;
}

/** The 2018 meetings, contacts, visits and follow-ups in the registry's own shape. */
export function sampleActivity(): {
  meetings: SampleEntry<MeetingFields>[];
  contacts: SampleEntry<ContactFields>[];
  visits: SampleEntry<VisitFields>[];
  followUps: SampleEntry<FollowUpFields>[];
} {
  const meetings = sampleMeetings.map((meeting) => ({
    id: meeting.id,
    fields: present<MeetingFields>({
      kind: meeting.kind,
      title: meeting.title,
      committeeId: meeting.committeeZh ? committeeId(meeting.committeeZh) : undefined,
      edition: meeting.edition,
      startDate: meeting.startDate,
      endDate: meeting.endDate,
      hostMemberId: meeting.hostZh ? memberId(meeting.hostZh) : undefined,
      city: meeting.city,
      venue: meeting.venue,
      participantIds: (meeting.participantZh ?? []).map(memberId),
      participantCounts: meeting.participantCounts ?? {},
      countUnit: meeting.countUnit ?? 'members',
      headcount: meeting.headcount,
      headcountAtLeast: meeting.headcountAtLeast,
      delegates: meeting.delegates,
      memberCount: meeting.memberCount,
      countryCount: meeting.countryCount,
      guestCountries: meeting.guestCountries,
      theme: meeting.theme,
      outcomes: meeting.outcomes ?? [],
      sideEvents: meeting.sideEvents ?? [],
      writtenResolutions: meeting.writtenResolutions,
      agendaItems: meeting.agendaItems ?? [],
      rollCall: meeting.rollCall && {
        present: (meeting.participantZh ?? []).map(memberId),
        written: meeting.rollCall.writtenZh.map(memberId),
        unnamedPresent: meeting.rollCall.unnamedPresent,
        unnamedWritten: meeting.rollCall.unnamedWritten,
      },
      decisions: meeting.decisions?.map((decision, item) => ({ item, ...decision })),
      summary: meeting.summary,
      contactIds: [],
    }),
  }));
  const contacts = sampleContacts.map((contact) => ({
    id: contact.id,
    fields: present<ContactFields>({
      name: contact.name,
      latin: contact.latin,
      title: contact.title,
      organisation: contact.organisation,
      memberId: contact.memberZh ? memberId(contact.memberZh) : undefined,
      languages: [],
    }),
  }));
  const visits = sampleVisits.map((visit) => ({
    id: visit.id,
    fields: present<VisitFields>({
      date: visit.date,
      endDate: visit.endDate,
      direction: visit.direction,
      office: SAMPLE_OFFICE,
      staff: visit.staff,
      counterpartType: visit.counterpartType,
      memberIds: (visit.memberZh ?? []).map(memberId),
      counterpart: visit.counterpart,
      contactIds: visit.contactIds ?? [],
      city: visit.city,
      title: visit.title,
      purpose: visit.purpose,
      topics: visit.topics ?? [],
      outcome: visit.outcome,
      headcount: visit.headcount,
      headcountAtLeast: visit.headcountAtLeast,
      memberCount: visit.memberCount,
    }),
  }));
  const followUps = sampleVisits.flatMap((visit) =>
    (visit.followUps ?? []).map((followUp, index) => ({
      id: followUpId(visit.id, index),
      fields: present<FollowUpFields>({
        visitId: visit.id,
        text: followUp.text.zh,
        dueOn: followUp.dueOn,
        owner: visit.staff[0] ?? SAMPLE_OFFICE,
      }),
    })),
  );
  return { meetings, contacts, visits, followUps };
}
