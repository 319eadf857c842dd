import { describe, expect, it } from 'vitest';
import { createLookup, meetingEntry, visitEntry } from '../../../../shared/domain/timeline';
import { queryWords, searchActivity, searchTarget, searchTargets, staffSearchTarget } from '../../../../shared/search/global-search';
import { sampleData } from '../../../../shared/sample';
import { sampleActivity } from '../../../../shared/sample/activity';
import { sampleSecretariat } from '../../../../shared/sample/secretariat-2018';

const { members, committees } = sampleData();
const activity = sampleActivity();
const memberTargets = members.map((member) => searchTarget({ id: member.id, names: member.fields.names }, [member.fields.names]));
const committeeTargets = committees.map((committee) => searchTarget({ id: committee.id }, [committee.fields.names]));
const lookup = createLookup(
  members.map((member) => ({ id: member.id, ...member.fields })),
  committees.map((committee) => ({ id: committee.id, ...committee.fields })),
  activity.contacts.map((contact) => ({ id: contact.id, ...contact.fields })),
);
const entries = [
  ...activity.meetings.map((meeting) => meetingEntry(meeting.id, meeting.fields, lookup)),
  ...activity.visits.map((visit) => visitEntry(visit.id, visit.fields, lookup)),
];

const memberNames = (query: string) => searchTargets(memberTargets, queryWords(query), 10).shown.map((member) => member.names.en);
const staffTargets = sampleSecretariat().staff.map((person) => staffSearchTarget({ id: person.id, ...person.fields }));
const staffFound = (query: string) => searchTargets(staffTargets, queryWords(query), 20).shown.map((person) => person.name.chinese);

describe('global search', () => {
  it('finds a member by any of its six names and its native form', () => {
    for (const query of ['庆尚北道', '경상북도', '慶尚北道', 'Кёнсан-Пукто', 'gyeongsangbuk']) {
      expect(memberNames(query)).toContain('Gyeongsangbuk-do');
    }
  });

  it('finds members by a transliteration of their name', () => {
    expect(memberNames('Kyongsang')).toEqual(['Gyeongsangbuk-do', 'Gyeongsangnam-do']);
    expect(memberNames('Primorye')).toEqual(['Primorsky Krai']);
    expect(memberNames('Kirin')).toEqual(['Jilin Province']);
    expect(memberNames('Habarovsk')).toEqual(['Khabarovsk Krai']);
  });

  it('shows the first few results and counts them all', () => {
    const group = searchTargets(memberTargets, queryWords('do'), 3);
    expect(group.shown).toHaveLength(3);
    expect(group.count).toBeGreaterThan(3);
    expect(searchTargets(memberTargets, queryWords('no such place'), 3)).toEqual({ shown: [], count: 0 });
  });

  it('finds meetings and visits through the transliterated names of the members they involve', () => {
    const plain = searchActivity(entries, queryWords('Gyeongsangbuk'), [...memberTargets, ...committeeTargets], 100);
    const variant = searchActivity(entries, queryWords('Kyongsangbuk'), [...memberTargets, ...committeeTargets], 100);
    expect(variant.visit.count).toBeGreaterThan(0);
    expect(variant.meeting.count).toBeGreaterThan(0);
    // The variant is found through the member: exactly the visits that involve it.
    const gyeongbuk = members.find((member) => member.fields.names.en === 'Gyeongsangbuk-do')?.id;
    const involving = entries.filter((entry) => entry.type === 'visit' && entry.memberIds.includes(gyeongbuk ?? ''));
    expect(variant.visit.shown.map((entry) => entry.id).sort()).toEqual(involving.map((entry) => entry.id).sort());
    expect(plain.visit.count).toBeGreaterThanOrEqual(variant.visit.count);
  });

  it('finds activity by its own words in any script, and needs every word', () => {
    const akita = searchActivity(entries, queryWords('秋田'), memberTargets, 100);
    expect(akita.meeting.count + akita.visit.count).toBe(2);
    const both = searchActivity(entries, queryWords('秋田 Assembly'), memberTargets, 100);
    expect(both.meeting.shown.map((entry) => entry.title.en)).toEqual(['12th NEAR General Assembly']);
    expect(both.visit.count).toBe(0);
  });

  it('finds a staff member by any form of the name on record: Chinese characters, Hangul, Latin letters, another romanisation', () => {
    for (const query of ['洪钟庆', '홍종경', 'Hong Jong-kyung', 'jong-kyung', 'Hong Chong-kyung']) {
      expect(staffFound(query), query).toEqual(['洪钟庆']);
    }
    // Only the Chinese characters are on record for the Mongolia specialist: they find her, and nothing else does.
    expect(staffFound('希西格')).toEqual(['希西格']);
    expect(staffFound('Li Yang')).toEqual(['李扬']);
  });

  it('finds staff by their role in any of the six languages', () => {
    for (const query of ['Secretary-General', '秘书长', '사무총장', '事務総長', 'Генеральный секретарь', 'Ерөнхий нарийн бичгийн дарга']) {
      expect(staffFound(query), query).toEqual(['洪钟庆']);
    }
    expect(staffFound('Administrative officer')).toEqual(['金攸珍', '都彦锡']);
    expect(staffFound('specialist')).toEqual(['朴丽晶', '孙嬿京', '希西格', '阿尔詹', '郑恩荣']);
    // Every word must match: a role and a name together narrow it to one person.
    expect(staffFound('officer Kim')).toEqual(['金攸珍']);
  });
});
