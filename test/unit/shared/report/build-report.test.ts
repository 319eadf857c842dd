import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../shared/i18n/locales';
import { buildAnnualReport, defaultReportYear, reportYears } from '../../../../shared/report/build-report';
import { resources } from '../../../../shared/i18n/resources';
import { reportHtml } from '../../../../shared/report/report-html';
import { reportTables, type AnnualReport, type ReportBlock, type ReportData } from '../../../../shared/report/model';
import { sampleCommittees } from '../../../../shared/sample/committees-2018';
import { sampleMembers } from '../../../../shared/sample/members-2018';
import { sheetNames } from '../../../../shared/tables/xlsx';
import { sampleReportData } from './sample-report-data';

const GA_2018 = '35883268-9b85-446f-a697-3ed1688f6935';

function section(report: AnnualReport, id: string) {
  const found = report.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function table(report: AnnualReport, id: string) {
  const found = reportTables(report).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found.table;
}

/**
 * Chapter V of the 2018 report (强化对外合作交流) as the report prints it: each entry's heading, in
 * the report's order, with its date as precise as the report gives it. The Korea–Russia forum's days
 * are those the report gives for it in two earlier entries; the cruise forum announcement has no month.
 */
const REPORT_CHAPTER_V: Array<[string, string]> = [
  ['2018年1月11日–12日', 'NEAR秘书处与柬埔寨、哈萨克斯坦进行交流，推进准会员加入进程'],
  ['2018年1月', '日本兵库县国际局水口局长一行访问NEAR秘书处'],
  ['2018年2月', 'NEAR秘书处洪钟庆秘书长访问吉林省'],
  ['2018年2月12日', 'NEAR秘书处访问俄罗斯滨海边疆区'],
  ['2018年2月', 'NEAR秘书处洪钟庆秘书长会见符拉迪沃斯托克商港与扎鲁比诺港口负责人'],
  ['2018年3月', 'NEAR秘书处与庆尚北道旅游公社签订“促进东北亚旅游发展协议”'],
  ['2018年3月', 'NEAR秘书处访问黑龙江省社会科学院东北亚研究所'],
  ['2018年3月', 'NEAR秘书处洪钟庆秘书长访问蒙古国，与蒙古国官员举行会谈'],
  ['2018年3月', '2018年度NEAR秘书处与蒙古国会员地方政府行政长官座谈会顺利举行'],
  ['2018年4月', 'NEAR秘书处与韩东大学签署《东北亚地区青年国际化合作协议》'],
  ['2018年4月', 'NEAR秘书处洪钟庆秘书长会见俄罗斯克拉斯诺亚尔斯克边疆区行政长官'],
  ['2018年4月', 'NEAR秘书处洪钟庆秘书长参加“北方论坛”及KEF\'18开幕式'],
  ['2018年4月', 'NEAR秘书处与俄罗斯萨哈共和国签署业务协议'],
  ['2018年4月', 'NEAR秘书处洪钟庆秘书长会见俄罗斯哈巴罗夫斯克国际地区合作部长官'],
  ['2018年4月', 'NEAR秘书处参加2018中、日、韩三国合作国际论坛'],
  ['2018年5月', 'NEAR秘书处洪钟庆秘书长访问日本秋田县'],
  ['2018年5月', 'NEAR秘书处参加会员地方政府间“可再生能源合作谅解备忘录”签署仪式'],
  ['2018年5月', 'NEAR秘书处参加第8届远东俄韩论坛'],
  ['2018年5月', '新任庆尚北道行政副知事尹钟镇访问NEAR秘书处'],
  ['2018年5月21日', 'NEAR秘书处访问河南省，商讨国际跨境电商专门委员会筹备相关事宜'],
  ['2018年5月', 'NEAR秘书处洪钟庆秘书长出席首届朱鹮国际论坛并发表致辞'],
  ['2018年6月', 'NEAR秘书处洪钟庆秘书长访问俄罗斯伊尔库茨克州'],
  ['2018年7月', 'NEAR秘书处洪钟庆秘书长访问俄罗斯萨哈共和国'],
  ['2018年7月', 'NEAR秘书处参加“2018东北亚CEO经济合作论坛”'],
  ['2018年8月', 'NEAR秘书处洪钟庆秘书长会见岛根县知事'],
  ['2018年8月', 'NEAR秘书处参加“多文化庆典”'],
  ['2018年9月', '中国南开大学亚洲研究中心主任杨龙教授一行访问NEAR秘书处'],
  ['2018年9月', '庆尚北道国际关系大使访问NEAR秘书处'],
  ['2018年9月', 'NEAR秘书处参加釜山海洋经济论坛(OCEANOMY FORUM)'],
  ['2018年9月', 'NEAR秘书处国际协力部部长朴成敏参加萨哈共和国新任行政长官就职典礼'],
  ['2018年9月', 'NEAR秘书处与准会员地方政府越南胡志明市开展业务洽谈'],
  ['2018年10月', 'NEAR秘书处洪钟庆秘书长一行访问俄罗斯萨哈林州'],
  ['2018年10月', 'NEAR秘书处洪钟庆秘书长一行访问俄罗斯滨海边疆区'],
  ['2018年10月', 'NEAR秘书处洪钟庆秘书长访问俄罗斯勘察加边疆区'],
  ['2018年10月', 'NEAR秘书处召开2018年下半年蒙古国会员地方政府行政长官座谈会'],
  ['2018年11月', '俄罗斯萨哈共和国总理访问NEAR秘书处'],
  ['2018年11月7日–9日', '俄罗斯远东地区NEAR会员地方政府出席首届韩俄区域合作论坛'],
  ['2018年12月', 'NEAR秘书处访问全罗南道'],
  ['2018年12月', 'NEAR秘书处参加“2018欧亚城市论坛”'],
  ['2018年', 'NEAR秘书处即将举办“NEAR游轮旅游国际论坛”'],
];

const texts = (blocks: ReportBlock[]) => blocks.flatMap((block) => ('text' in block ? [block.text] : []));

describe('the 2018 report from the sample', () => {
  const en = buildAnnualReport(sampleReportData(), 2018, 'en', resources.en);
  const zh = buildAnnualReport(sampleReportData(), 2018, 'zh', resources.zh);

  it('follows the 2018 report: foreword, chapters I–VI, appendix', () => {
    expect(en.sections.map((part) => [part.id, part.number])).toEqual([
      ['foreword', undefined],
      ['assembly', 'I'],
      ['committees', 'II'],
      ['workshop', 'III'],
      ['youth', 'IV'],
      ['cooperation', 'V'],
      ['secretariat', 'VI'],
      ['appendix', undefined],
    ]);
    expect(zh.sections.map((part) => part.title)).toEqual(['前言', '全体会议', '专门委员会', '事务人员工作会议', '青少年项目', '国际合作网络', '秘书处', '附录 会员地方政府']);
  });

  it('lists the 17 committees of the report table with coordinators, founding year and meetings held', () => {
    const committees = table(en, 'committees');
    expect(committees.rows).toHaveLength(17);
    // The sample lists them in the report's table order (report-orders.test.ts checks that order).
    const expected = sampleCommittees;
    const memberEn = new Map(sampleMembers.map((member) => [member.id, member.names.en]));
    expected.forEach((committee, index) => {
      const coordinators = committee.coordinatorIds.map((id) => memberEn.get(id)).join(' and ');
      expect(committees.rows[index]).toEqual([committee.names.en, coordinators, committee.foundedYear, committee.meetingsHeld, committee.field.en]);
    });
    expect(committees.rows[4].slice(0, 4)).toEqual(['Tourism Committee', 'Henan Province and Ningxia Hui Autonomous Region', 2008, 2]);
  });

  it('prints the committee table in Chinese as the report does', () => {
    const rows = table(zh, 'committees').rows;
    expect(rows.find((row) => row[0] === '防灾专门委员会')).toEqual(['防灾专门委员会', '兵库县', 1998, 16, '预防灾害、提高防灾能力']);
    expect(rows.find((row) => row[0] === '旅游专门委员会')?.[1]).toBe('河南省和宁夏回族自治区');
    expect(rows.find((row) => row[0] === '体育专门委员会')?.[3]).toBeNull();
    expect(table(zh, 'committees').columns).toEqual(['专门委员会', '协调员', '创立时间', '举办次数', '主要活动领域']);
  });

  it('counts 77 members with a vote, 29 present and 21 written resolutions as 50 votes, with a quorum of 39, and 8 items passed', () => {
    // The right to elect and be elected (Charter Art. 7) is counted beside the vote: the same dues take both.
    expect(table(en, `roll-call-${GA_2018}`).rows).toEqual([
      ['Members with voting rights', 77],
      ['Members with the right to elect and be elected', 77],
      ['Present', 29],
      ['Written resolutions', 21],
      ['Votes cast', 50],
      ['Quorum', 39],
    ]);
    const assemblyEn = texts(section(en, 'assembly').blocks);
    expect(assemblyEn).toContain(
      'On 28 October 2018, 77 members had voting rights. 29 members were present and 21 voted by written resolution: 50 votes in all. The quorum, more than half of the members with voting rights, is 39, so it was met.',
    );
    // How it counted: Akita, admitted at this assembly, votes from its admission on.
    expect(assemblyEn).toContain('Akita Prefecture: admitted at this meeting, a member from that decision on, so not counted among those with a vote on 28 October 2018; 78 members after it.');
    expect(assemblyEn).toContain('8 of 8 agenda items passed.');
    const assemblyZh = texts(section(zh, 'assembly').blocks);
    expect(assemblyZh.some((text) => text.includes('29个会员地方政府出席会议，21个会员地方政府递交了书面决议书，共有50个会员地方政府行使了表决权'))).toBe(true);
    expect(assemblyZh.some((text) => text.startsWith('秋田县：在本次会议上获准入会') && text.includes('入会后会员总数为78个'))).toBe(true);
    expect(assemblyZh).toContain('共8个议题，8个获得通过。');
  });

  it('prints each agenda item as adopted with its tally not recorded, and no count nobody made', () => {
    for (const report of [en, zh]) {
      const agenda = table(report, `agenda-${GA_2018}`);
      expect(agenda.rows).toHaveLength(8);
      // No tally column at all: the report gives none.
      expect(agenda.columns).toHaveLength(4);
      expect(agenda.rows.every((row) => row.slice(2).every((cell) => typeof cell !== 'number'))).toBe(true);
    }
    const agenda = table(en, `agenda-${GA_2018}`);
    expect(agenda.columns).toEqual(['No.', 'Agenda item', 'Class', 'Result']);
    expect(agenda.rows[1]).toEqual([2, 'Admission of new members', 'Charter Art. 8, item 1', 'Adopted (tally not recorded)']);
    expect(table(zh, `agenda-${GA_2018}`).rows[1][3]).toBe('通过（未记录票数）');
    const printed = texts(section(en, 'assembly').blocks).join('\n');
    expect(printed).not.toMatch(/\bin favour\b/);
    expect(printed).toContain('For 8 of the 8 items the record gives the result only, without a tally; no count is printed for them.');
  });

  it('tabulates the youth contest entries by country with their total', () => {
    const contest = reportTables(en).find((candidate) => candidate.table.columns[1] === 'Entries');
    expect(contest?.table.rows).toEqual([
      ['China', 51],
      ['Japan', 2],
      ['Mongolia', 22],
      ['Republic of Korea', 21],
      ['Russia', 34],
      ['Total', 130],
    ]);
  });

  it("lists chapter V's 40 entries in the report's order, dated as the report dates them", () => {
    const rows = table(zh, 'visits').rows;
    expect(rows.map((row) => [row[0], row[4]])).toEqual(REPORT_CHAPTER_V);
    // In English too, no entry the report dates by month gets a day ("1 October") it never gave.
    // Each date is kept whole on paper (no-break spaces inside it); read as words here.
    const english = table(en, 'visits').rows.map((row) => String(row[0]).replace(/\u00a0/g, ' '));
    expect(english.filter((date) => /^\d{4}$|^[A-Z][a-z]+ \d{4}$/.test(date))).toHaveLength(36);
    expect(english[1]).toBe('January 2018');
    expect(english.at(-1)).toBe('2018');
    expect(table(en, 'visits').rows.find((row) => String(row[4]).includes('Mizuguchi'))?.slice(1, 4)).toEqual(['They visited us', 'Hyogo Prefecture', 'Pohang']);
  });

  it('prints who took part beside whom was met where an entry counts them, and no count where it does not', () => {
    const counterparts = (report: AnnualReport) => table(report, 'visits').rows.map((row) => String(row[2]));
    const march = REPORT_CHAPTER_V.findIndex(([, title]) => title.startsWith('2018年度NEAR秘书处与蒙古国'));
    const dinner = REPORT_CHAPTER_V.findIndex(([, title]) => title.startsWith('NEAR秘书处召开2018年下半年蒙古国'));
    expect(counterparts(zh)[march]).toBe('后杭爱省; 戈壁苏木贝尔省（参加人数：12；出席的会员地方政府：12个）');
    expect(counterparts(en)[march]).toBe('Arkhangai Province; Govisumber Province (people taking part: 12; member governments represented: 12)');
    expect(counterparts(en)[dinner]).toMatch(/Arkhangai Province \(people taking part: 10\)$/);
    expect(counterparts(en).filter((cell) => cell.includes('taking part'))).toHaveLength(2);
    for (const locale of LOCALES) {
      const cell = counterparts(buildAnnualReport(sampleReportData(), 2018, locale, resources[locale]))[march];
      expect(cell.match(/12/g), `${locale}: ${cell}`).toHaveLength(2);
    }
  });

  it('prints a lower bound of people as one, never as the plain number', () => {
    const data = sampleReportData();
    const over = { ...data, visits: data.visits.map((visit) => (visit.headcount === 10 ? { ...visit, headcount: 150, headcountAtLeast: true } : visit)) };
    const cells = (locale: 'en' | 'zh') => table(buildAnnualReport(over, 2018, locale, resources[locale]), 'visits').rows.map((row) => String(row[2]));
    expect(cells('en')).toContainEqual(expect.stringMatching(/\(people taking part: at least 150\)$/));
    expect(cells('zh')).toContainEqual(expect.stringMatching(/（参加人数：150余）$/));
  });

  it('prints the youth contest with the year only, as the report gives no day', () => {
    const contestFacts = (report: AnnualReport) => {
      const blocks = section(report, 'youth').blocks;
      const heading = blocks.findIndex((block) => 'text' in block && /青少年优秀作品|Youth Contest/.test(block.text));
      const facts = blocks.slice(heading).find((block) => block.kind === 'facts');
      return facts?.kind === 'facts' ? facts.rows[0] : undefined;
    };
    expect(contestFacts(zh)?.[1]).toBe('2018年');
    expect(contestFacts(en)?.[1]).toBe('2018');
  });

  it('lists 78 members in six countries and the associate apart, in both languages', () => {
    expect(table(en, 'member-counts').rows).toEqual([
      ['Russia', 16],
      ['Mongolia', 22],
      ['DPR Korea', 2],
      ['Republic of Korea', 16],
      ['Japan', 11],
      ['China', 11],
      ['Total', 78],
      ['Associate members', 1],
    ]);
    expect(table(zh, 'member-counts').rows.slice(-2)).toEqual([
      ['合计', 78],
      ['准会员', 1],
    ]);
    const perCountry = ['CN', 'KP', 'JP', 'MN', 'KR', 'RU'].map((code) => table(zh, `members-${code}`).rows.length);
    expect(perCountry.reduce((sum, count) => sum + count, 0)).toBe(78);
    expect(table(zh, 'members-associates').rows).toEqual([[1, '胡志明市', 'Thành phố Hồ Chí Minh', '越南']]);
    expect(table(zh, 'members-JP').rows).toContainEqual([expect.any(Number), '秋田县', '秋田県']);
  });
});

describe('other years and languages', () => {
  it('leaves out committees not yet founded or retired before the year, and members admitted later', () => {
    const data = sampleReportData();
    const retired = { ...data.committees[0], retiredOn: '2016-12-31' };
    const retiredDuring = { ...data.committees[1], retiredOn: '2017-06-30' };
    const report = buildAnnualReport({ ...data, committees: [retired, retiredDuring, ...data.committees.slice(2)] }, 2017, 'en', resources.en);
    const names = table(report, 'committees').rows.map((row) => row[0]);
    expect(names).toHaveLength(13);
    expect(names).not.toContain('Economy and Culture Exchange Committee');
    expect(names).toContain('Environment Committee');
    expect(names).not.toContain('Innovation+ Committee');
    expect(table(report, 'member-counts').rows).toContainEqual(['Total', 77]);
  });

  it('skips deleted records everywhere', () => {
    const data = sampleReportData();
    const report = buildAnnualReport(
      {
        ...data,
        committees: data.committees.map((committee, index) => (index === 0 ? { ...committee, deleted: 1 as const } : committee)),
        members: data.members.map((member) => (member.names.en === 'Akita Prefecture' ? { ...member, deleted: 1 as const } : member)),
        meetings: data.meetings.map((meeting) => (meeting.kind === 'generalAssembly' ? { ...meeting, deleted: 1 as const } : meeting)),
      },
      2018,
      'en',
      resources.en,
    );
    expect(table(report, 'committees').rows).toHaveLength(16);
    expect(table(report, 'members-JP').rows.map((row) => row[1])).not.toContain('Akita Prefecture');
    expect(texts(section(report, 'assembly').blocks)[0]).toMatch(/^No General Assembly met in 2018/);
  });

  it('reports a failed item and the count of passed items from the votes where a tally is on record', () => {
    const data = sampleReportData();
    const meetings = data.meetings.map((meeting) =>
      meeting.id === GA_2018
        ? { ...meeting, decisions: meeting.decisions?.map((decision) => (decision.item === 1 ? { item: 1, article: 1, inFavour: 33, against: 17 } : decision)) }
        : meeting,
    );
    const report = buildAnnualReport({ ...data, meetings }, 2018, 'en', resources.en);
    const agenda = table(report, `agenda-${GA_2018}`);
    expect(agenda.rows[1]).toEqual([2, 'Admission of new members', 'Charter Art. 8, item 1', 33, 17, null, 'Not passed: 33 in favour of 50 votes cast, 34 needed (two thirds)']);
    // The other items keep no count: their cells stay empty rather than show a number.
    expect(agenda.rows[0].slice(3)).toEqual([null, null, null, 'Adopted (tally not recorded)']);
    expect(texts(section(report, 'assembly').blocks)).toContain('7 of 8 agenda items passed.');
  });

  it('decides for the executive committee in a year without an assembly what Charter Art. 9-2 delegates, and states it', () => {
    const data = sampleReportData();
    const assembly = data.meetings.find((meeting) => meeting.id === GA_2018)!;
    const executive = {
      ...assembly,
      id: '6f1c2b9e-1111-4a4a-8b8b-000000000002',
      kind: 'executiveCommittee' as const,
      title: { en: '13th Executive Committee' },
      startDate: '2019-09-03',
      endDate: undefined,
      agendaItems: [{ en: 'Admission of a member' }, { en: 'Dues' }],
      decisions: [
        { item: 0, article: 1, inFavour: 34 },
        { item: 1, article: 2, inFavour: 50 },
      ],
    };
    const report = buildAnnualReport({ ...data, meetings: [...data.meetings, executive] }, 2019, 'en', resources.en);
    const agenda = table(report, `agenda-${executive.id}`);
    expect(agenda.rows[0]).toEqual([1, 'Admission of a member', 'Charter Art. 8, item 1, delegated (Art. 9-2)', 34, null, null, 'Passed: 34 in favour of 50 votes cast, 34 needed (two thirds)']);
    // Dues (item 2) is not delegated: its class is printed without the delegation the result denies.
    expect(agenda.rows[1].slice(2, 3)).toEqual(['Charter Art. 8, item 2']);
    expect(agenda.rows[1][6]).toBe('Not for the executive committee: Charter Art. 9-2 delegates to it only Art. 8 items 1, 7 and 8');
    // Counted on its own day: Akita, admitted at the 2018 assembly, votes and may elect at the 2019 committee.
    expect(table(report, `roll-call-${executive.id}`).rows.slice(0, 2)).toEqual([
      ['Members with voting rights', 78],
      ['Members with the right to elect and be elected', 78],
    ]);
    expect(texts(section(report, 'assembly').blocks).some((text) => text.startsWith('The executive committee is made up of one official appointed by each member government'))).toBe(true);
  });

  it('says when no assembly met and shows the executive committee of that year instead', () => {
    const data = sampleReportData();
    const assembly = data.meetings.find((meeting) => meeting.id === GA_2018)!;
    const executive = { ...assembly, id: '6f1c2b9e-1111-4a4a-8b8b-000000000001', kind: 'executiveCommittee' as const, title: { en: '12th Executive Committee', zh: '第十二次事务委员会' }, startDate: '2019-09-03', endDate: undefined, decisions: [], agendaItems: [] };
    const report = buildAnnualReport({ ...data, meetings: [...data.meetings, executive] }, 2019, 'zh', resources.zh);
    const blocks = section(report, 'assembly').blocks;
    expect(texts(blocks)[0]).toBe('2019年未召开全体会议：全体会议每两年召开一次，其间年份召开事务委员会会议。');
    expect(texts(blocks)).toContain('第十二次事务委员会');
    expect(texts(blocks).some((text) => text.includes('事务委员会会议记录'))).toBe(false);
    expect(texts(section(report, 'workshop').blocks)).toEqual(['2019年无事务人员工作会议记录。']);
  });

  /** The sample carries all six languages; a user's record may not, so the fallback is tested on summaries without Korean. */
  const withoutKoreanSummaries = (data: ReportData): ReportData => ({
    ...data,
    meetings: data.meetings.map((meeting) => ({ ...meeting, summary: meeting.summary && { ...meeting.summary, ko: undefined } })),
  });

  it('falls back to English, then Chinese, for texts the report language lacks, and never prints "undefined"', () => {
    const data: ReportData = sampleReportData();
    for (const locale of LOCALES) {
      const json = JSON.stringify(buildAnnualReport(data, 2018, locale, resources[locale]));
      expect(json, locale).not.toMatch(/undefined|NaN|report\.\w/);
    }
    const ko = buildAnnualReport(withoutKoreanSummaries(data), 2018, 'ko', resources.ko);
    const summary = texts(section(ko, 'workshop').blocks).find((text) => text.startsWith('The NEAR Working-level Workshop 2018'));
    expect(summary).toBeDefined();
    const zhOnly = { ...data, meetings: data.meetings.map((meeting) => ({ ...meeting, summary: meeting.summary && { zh: meeting.summary.zh } })) };
    expect(texts(section(buildAnnualReport(zhOnly, 2018, 'ru', resources.ru), 'workshop').blocks)).toContainEqual(expect.stringMatching(/^2018年6月21日/));
  });

  it('marks a text taken from another language with that language, and only such a text', () => {
    const paragraphs = (report: AnnualReport) =>
      section(report, 'workshop').blocks.flatMap((block) => (block.kind === 'paragraph' ? [block] : []));
    const korean = paragraphs(buildAnnualReport(withoutKoreanSummaries(sampleReportData()), 2018, 'ko', resources.ko));
    expect(korean.find((block) => block.text.startsWith('The NEAR Working-level Workshop 2018'))?.from).toBe('en');
    expect(paragraphs(buildAnnualReport(sampleReportData(), 2018, 'en', resources.en)).every((block) => block.from === undefined)).toBe(true);
    const html = reportHtml(buildAnnualReport(withoutKoreanSummaries(sampleReportData()), 2018, 'ko', resources.ko));
    expect(html).toMatch(/<p lang="en">The NEAR Working-level Workshop 2018/);
  });

  it('words the report in the chosen language, not the English reference', () => {
    const ru = buildAnnualReport(sampleReportData(), 2018, 'ru', resources.ru);
    expect(ru.title).toBe('Годовой отчёт NEAR за 2018 год');
    expect(section(ru, 'assembly').title).toBe('Генеральная ассамблея');
    expect(table(ru, 'member-counts').rows[0]).toEqual(['Россия', 16]);
  });

  it('gives every table a stable id and a title that tells the sheets of one workbook apart', () => {
    for (const locale of LOCALES) {
      const tables = reportTables(buildAnnualReport(sampleReportData(), 2018, locale, resources[locale]));
      expect(new Set(tables.map((entry) => entry.id)).size, locale).toBe(tables.length);
      const names = sheetNames(tables.map((entry) => entry.table.title));
      expect(names.filter((name) => / \(\d+\)$/.test(name)), locale).toEqual([]);
    }
    expect(reportTables(buildAnnualReport(sampleReportData(), 2018, 'ru', resources.ru)).map((entry) => entry.id)).toEqual(
      reportTables(buildAnnualReport(sampleReportData(), 2018, 'en', resources.en)).map((entry) => entry.id),
    );
  });

  it('opens on the latest year with meetings, not on a stray visit of the next year', () => {
    const data = sampleReportData();
    const stray = { ...data.visits[0], id: 'f0000000-0000-4000-8000-000000000001', date: '2019-01', endDate: undefined };
    const withStray = { ...data, visits: [...data.visits, stray] };
    expect(reportYears(data)).toEqual([2018]);
    expect(reportYears(withStray)).toEqual([2019, 2018]);
    expect(defaultReportYear(withStray, 2030)).toBe(2018);
    expect(defaultReportYear({ meetings: [], visits: withStray.visits }, 2030)).toBe(2019);
    expect(defaultReportYear({ meetings: [], visits: [] }, 2030)).toBe(2030);
  });
});
