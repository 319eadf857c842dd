import { describe, expect, it } from 'vitest';
import type { MeetingFields, VisitFields } from '../../../../shared/domain/activity';
import { createLookup, entrySorter, filterTimeline, meetingEntry, sortEntries, visitEntry } from '../../../../shared/domain/timeline';

const HYOGO = '11111111-1111-4111-8111-111111111111';
const SAKHA = '22222222-2222-4222-8222-222222222222';
const DISASTER = '33333333-3333-4333-8333-333333333333';
const KIM = '44444444-4444-4444-8444-444444444444';

const lookup = createLookup(
  [
    { id: HYOGO, country: 'JP', names: { en: 'Hyogo Prefecture', ja: '兵庫県', ko: '효고현', native: '兵庫県' } },
    { id: SAKHA, country: 'RU', names: { en: 'Sakha (Yakutia) Republic', ru: 'Республика Саха (Якутия)', native: 'Республика Саха (Якутия)' } },
  ],
  [{ id: DISASTER, names: { en: 'Disaster Prevention Committee', zh: '防灾专门委员会' } }],
  [{ id: KIM, name: '金攸珍', latin: 'Kim Yujin' }],
);

const visit = (overrides: Partial<VisitFields>): VisitFields => ({
  date: '2018-01-11',
  direction: 'outbound',
  office: 'Pohang secretariat',
  staff: ['洪钟庆'],
  counterpartType: 'member',
  memberIds: [HYOGO],
  contactIds: [],
  title: { zh: '访问兵库县', en: 'Visit to Hyogo' },
  topics: ['物流'],
  ...overrides,
});

const meeting: MeetingFields = {
  kind: 'committeeMeeting',
  title: { en: '16th Disaster Prevention Committee', zh: '第十六届防灾专门委员会' },
  committeeId: DISASTER,
  edition: 16,
  startDate: '2018-03-05',
  endDate: '2018-03-07',
  hostMemberId: HYOGO,
  participantIds: [],
  participantCounts: { CN: 3, KR: 5, MN: 2 },
  countUnit: 'members',
  outcomes: [],
  sideEvents: [],
  agendaItems: [],
  contactIds: [],
};

const entries = sortEntries([
  visitEntry('v1', visit({}), lookup),
  visitEntry('v2', visit({ date: '2018-09-01', memberIds: [SAKHA], staff: ['朴成敏'], title: { en: 'Sakha inauguration' }, contactIds: [KIM], topics: [] }), lookup),
  visitEntry('v3', visit({ date: '2018-05-20', direction: 'inbound', counterpartType: 'university', memberIds: [], counterpart: { zh: '韩东大学', en: 'Handong Global University' }, title: { zh: '签署合作协议' } }), lookup),
  meetingEntry('m1', meeting, lookup),
]);

const ids = (filter: Parameters<typeof filterTimeline>[1]) => filterTimeline(entries, filter).map((entry) => entry.id);

describe('timeline', () => {
  it('lists newest first', () => {
    expect(entries.map((entry) => entry.id)).toEqual(['v2', 'v3', 'm1', 'v1']);
  });

  it('derives countries from the members involved and from per-country counts', () => {
    expect(entries.find((entry) => entry.id === 'm1')?.countries.sort()).toEqual(['CN', 'JP', 'KR', 'MN']);
    expect(entries.find((entry) => entry.id === 'v3')?.countries).toEqual([]);
  });

  it('filters by date range, counting an event that overlaps the range', () => {
    expect(ids({ from: '2018-03-06', to: '2018-06-30' })).toEqual(['v3', 'm1']);
    expect(ids({ to: '2018-01-11' })).toEqual(['v1']);
  });

  it('filters by country, member, committee, kind and staff', () => {
    expect(ids({ country: 'JP' })).toEqual(['m1', 'v1']);
    expect(ids({ memberId: SAKHA })).toEqual(['v2']);
    expect(ids({ committeeId: DISASTER })).toEqual(['m1']);
    expect(ids({ kinds: ['committeeMeeting'] })).toEqual(['m1']);
    expect(ids({ kinds: ['visit'], country: 'JP' })).toEqual(['v1']);
    expect(ids({ staff: '朴' })).toEqual(['v2']);
  });

  it('filters visits by direction, leaving meetings out', () => {
    expect(entries.find((entry) => entry.id === 'm1')?.direction).toBeUndefined();
    expect(ids({ direction: 'inbound' })).toEqual(['v3']);
    expect(ids({ direction: 'outbound' })).toEqual(['v2', 'v1']);
    expect(ids({ direction: 'thirdEvent' })).toEqual([]);
    expect(ids({ direction: 'outbound', country: 'JP' })).toEqual(['v1']);
  });

  it('searches every language of every name involved, word by word', () => {
    expect(ids({ query: '효고' })).toEqual(['m1', 'v1']);
    expect(ids({ query: 'якутия' })).toEqual(['v2']);
    expect(ids({ query: 'kim yujin' })).toEqual(['v2']);
    expect(ids({ query: '防灾' })).toEqual(['m1']);
    expect(ids({ query: 'handong' })).toEqual(['v3']);
    expect(ids({ query: '物流 hyogo' })).toEqual(['v1']);
    expect(ids({ query: 'hyogo nothing-like-this' })).toEqual([]);
  });
});

describe('timeline with dates as precise as the record', () => {
  const entered = (minute: number) => `2019-01-02T00:${String(minute).padStart(2, '0')}:00.000Z`;
  // Entered in the report's order: "11 January", "January", then "October", "28 October", "October", and a year-only entry last.
  const report = [
    visitEntry('ffff0001', { ...visit({ date: '2018-01-11', endDate: '2018-01-12' }), createdAt: entered(1) }, lookup),
    visitEntry('aaaa0002', { ...visit({ date: '2018-01' }), createdAt: entered(2) }, lookup),
    visitEntry('cccc0003', { ...visit({ date: '2018-10', memberIds: [SAKHA] }), createdAt: entered(3) }, lookup),
    meetingEntry('bbbb0004', { ...meeting, startDate: '2018-10-28', endDate: '2018-10-31', createdAt: entered(4) }, lookup),
    visitEntry('0000ffff', { ...visit({ date: '2018-10' }), createdAt: entered(5) }, lookup),
    visitEntry('00000006', { ...visit({ date: '2018' }), createdAt: entered(6) }, lookup),
  ];
  const sorted = sortEntries([...report].reverse());
  const reportIds = report.map((entry) => entry.id);

  it('lists newest first by period, the reverse of the order entered where dates cannot tell, not by id', () => {
    expect(sorted.map((entry) => entry.id)).toEqual([...reportIds].reverse());
    expect(sortEntries([report[4], report[2]]).map((entry) => entry.id)).toEqual(['0000ffff', 'cccc0003']);
  });

  it('filters by overlap: a month is in a range that begins in it, a year in any range of that year', () => {
    const ids = (filter: Parameters<typeof filterTimeline>[1]) => filterTimeline(sorted, filter).map((entry) => entry.id);
    expect(ids({ from: '2018-10-15' })).toEqual(['00000006', '0000ffff', 'bbbb0004', 'cccc0003']);
    expect(ids({ from: '2018-11-01' })).toEqual(['00000006']);
    expect(ids({ to: '2018-01-05' })).toEqual(['00000006', 'aaaa0002']);
    expect(ids({ from: '2018-01-12', to: '2018-01-31' })).toEqual(['00000006', 'aaaa0002', 'ffff0001']);
    expect(ids({ from: '2019-01-01' })).toEqual([]);
  });
});

describe('timeline sorted a little at a time', () => {
  let seed = 7;
  const random = (below: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % below;
  /** A day, a month or a year in 2016–2019, entered at one of a few moments so that some tie. */
  const randomEntry = (id: string) => {
    const year = String(2016 + random(4));
    const month = `${year}-${String(1 + random(12)).padStart(2, '0')}`;
    const date = [year, month, `${month}-${String(1 + random(28)).padStart(2, '0')}`][random(3)];
    return visitEntry(id, { ...visit({ date }), createdAt: `2019-01-02T00:0${random(5)}:00.000Z` }, lookup);
  };
  const ids = (list: ReadonlyArray<{ id: string }>) => list.map((entry) => entry.id);

  it('keeps the order sortEntries gives as pages arrive and entries are edited, added and deleted', () => {
    const sort = entrySorter();
    const byId = new Map<string, ReturnType<typeof randomEntry>>();
    for (let page = 0; page < 6; page += 1) {
      for (let index = 0; index < 40; index += 1) byId.set(`p${page}-${index}`, randomEntry(`p${page}-${index}`));
      expect(ids(sort(byId.values()))).toEqual(ids(sortEntries([...byId.values()])));
    }
    // The newest entry edited to its year alone, entered first: it moves to the end of its year, which keeps its size.
    const newest = sort(byId.values())[0];
    byId.set(newest.id, visitEntry(newest.id, { ...visit({ date: newest.date.slice(0, 4) }), createdAt: '2019-01-01T00:00:00.000Z' }, lookup));
    const moved = ids(sort(byId.values()));
    expect(moved).toEqual(ids(sortEntries([...byId.values()])));
    expect(moved[0]).not.toBe(newest.id);
    // Edits move entries within and across years; deletes and additions land in any year.
    for (const id of ['p0-1', 'p2-5', 'p5-39']) byId.set(id, randomEntry(id));
    byId.delete('p1-7');
    byId.delete('p3-0');
    byId.set('added', randomEntry('added'));
    expect(ids(sort(byId.values()))).toEqual(ids(sortEntries([...byId.values()])));
    expect(ids(sort(byId.values()))).toEqual(ids(sortEntries([...byId.values()])));
  });
});
