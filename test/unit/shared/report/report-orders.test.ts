import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../../shared/report/build-report';
import { resources } from '../../../../shared/i18n/resources';
import { reportTables, type AnnualReport, type ReportData } from '../../../../shared/report/model';
import { sampleReportData } from './sample-report-data';

function table(report: AnnualReport, id: string) {
  const found = reportTables(report).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found.table;
}

/** The first column of the 2018 report's committee table (section II.1), top to bottom, as it prints it. */
const REPORT_TABLE_2018 = [
  '经济人文交流专门委员会',
  '环境专门委员会',
  '防灾专门委员会',
  '教育文化交流专门委员会',
  '旅游专门委员会',
  '海洋与渔业专门委员会',
  '矿产资源开发专门委员会',
  '能源气候变化专门委员会',
  '生命医疗产业专门委员会',
  '农业专门委员会',
  '体育专门委员会',
  '物流专门委员会',
  '跨境电子商务专门委员会',
  '国际人才交流专门委员会',
  '创新+专门委员会',
  '青年政策专门委员会',
  '传统医药专门委员会',
];

/** The 2018 report's appendix "会员地方政府": its countries in order, and the Japanese and Korean lists as numbered there. */
const APPENDIX_COUNTRIES_2018 = ['members-RU', 'members-MN', 'members-KP', 'members-KR', 'members-JP', 'members-CN', 'members-associates'];
const JAPAN_2018 = ['青森县', '秋田县', '山形县', '新潟县', '富山县', '石川县', '福井县', '京都府', '兵库县', '鸟取县', '岛根县'];
const KOREA_2018 = ['釜山广域市', '大邱广域市', '仁川广域市', '光州广域市', '大田广域市', '蔚山广域市', '世宗特别自治市', '京畿道', '江原道', '忠清北道', '忠清南道', '全罗北道', '全罗南道', '庆尚北道', '庆尚南道', '济州特别自治道'];

const names = (report: AnnualReport, id: string) => table(report, id).rows.map((row) => row[1]);

describe("the 2018 report's own orders", () => {
  const zh = buildAnnualReport(sampleReportData(), 2018, 'zh', resources.zh);

  it('prints the 17 rows of the committee table in the order of the report, not by regulation number', () => {
    const rows = table(zh, 'committees').rows.map((row) => row[0]);
    expect(rows).toEqual(REPORT_TABLE_2018);
    const byRegulation = [...sampleReportData().committees].sort((a, b) => a.regulationNumber! - b.regulationNumber!).map((committee) => committee.names.zh);
    expect(byRegulation.filter((name, index) => name !== rows[index])).toHaveLength(6);
  });

  it('follows the positions the secretariat keeps, and puts committees without one after, by founding year', () => {
    const data = sampleReportData();
    const moved: ReportData = {
      ...data,
      committees: data.committees.map((committee) => {
        if (committee.names.zh === '传统医药专门委员会') return { ...committee, listPosition: 1 };
        if (committee.names.zh === '经济人文交流专门委员会') return { ...committee, listPosition: 17 };
        if (committee.names.zh === '环境专门委员会' || committee.names.zh === '体育专门委员会') return { ...committee, listPosition: undefined };
        return committee;
      }),
    };
    const rows = table(buildAnnualReport(moved, 2018, 'zh', resources.zh), 'committees').rows.map((row) => row[0]);
    expect(rows[0]).toBe('传统医药专门委员会');
    expect(rows.slice(-3)).toEqual(['经济人文交流专门委员会', '环境专门委员会', '体育专门委员会']);
  });

  it('lists members country by country in the order of the official list, each numbered as the report numbers it', () => {
    const memberTables = reportTables(zh).map((found) => found.id).filter((id) => id.startsWith('members-') && id !== 'members-counts');
    expect(memberTables).toEqual(APPENDIX_COUNTRIES_2018);
    expect(names(zh, 'members-JP')).toEqual(JAPAN_2018);
    expect(names(zh, 'members-KR')).toEqual(KOREA_2018);
    expect(table(zh, 'members-JP').rows.map((row) => row[0])).toEqual(JAPAN_2018.map((_, index) => index + 1));
    expect(names(zh, 'members-MN').slice(0, 3)).toEqual(['乌兰巴托市', '后杭爱省', '巴彦乌勒盖省']);
    expect(names(zh, 'members-RU').at(-1)).toBe('哈卡斯共和国');
    expect(table(zh, 'member-counts').rows.slice(0, 6).map((row) => row[0])).toEqual(['俄罗斯', '蒙古', '朝鲜', '韩国', '日本', '中国']);
  });

  it('puts a member without a number after the numbered ones of its country, by collation', () => {
    const data = sampleReportData();
    const unnumbered: ReportData = {
      ...data,
      members: data.members.map((member) => (member.names.zh === '青森县' ? { ...member, listPosition: undefined } : member)),
    };
    expect(names(buildAnnualReport(unnumbered, 2018, 'zh', resources.zh), 'members-JP')).toEqual([...JAPAN_2018.slice(1), '青森县']);
  });
});
