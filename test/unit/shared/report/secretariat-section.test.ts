import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../../shared/report/build-report';
import { resources } from '../../../../shared/i18n/resources';
import { reportHtml } from '../../../../shared/report/report-html';
import { reportTables, type AnnualReport, type ReportBlock } from '../../../../shared/report/model';
import { sampleMembers } from '../../../../shared/sample/members-2018';
import { sampleSecretariat } from '../../../../shared/sample/secretariat-2018';
import { live, sampleReportData } from './sample-report-data';

function section(report: AnnualReport, id: string) {
  const found = report.sections.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function staffTable(report: AnnualReport) {
  const found = reportTables(report).find((candidate) => candidate.id === 'secretariat-staff');
  if (!found) throw new Error('no staff table');
  return found;
}

const texts = (blocks: ReportBlock[]) => blocks.flatMap((block) => ('text' in block ? [block.text] : []));
const facts = (blocks: ReportBlock[]) => blocks.flatMap((block) => (block.kind === 'facts' ? block.rows.map(([label, value]) => `${label}: ${value}`) : []));

/** The seed's chart (chapter VI.5), row by row: the 17 names as the Chinese report prints them. */
const CHART_2018 = ['洪钟庆', '权太男', '朴成敏', '琴斗渊', '崔株华', '朴丽晶', '李扬', '孙嬿京', '宾惠英', '希西格', '阿吉扎雅', '阿尔詹', '安风', '郑恩荣', '金攸珍', '都彦锡', '金慧林'];

describe('the 2018 foreword and chapter VI from the secretariat records', () => {
  const data = sampleReportData();
  const zh = buildAnnualReport(data, 2018, 'zh', resources.zh);
  const en = buildAnnualReport(data, 2018, 'en', resources.en);
  const ru = buildAnnualReport(data, 2018, 'ru', resources.ru);

  it('prints the two forewords in the report order, signed by the chair (Nikolaev, Sakha) and the Secretary-General', () => {
    const blocks = section(zh, 'foreword').blocks;
    expect(blocks.some((block) => block.kind === 'placeholder')).toBe(false);
    const signatures = facts(blocks);
    expect(signatures).toEqual([
      '作者: 尼古拉耶夫',
      '职务: 东北亚地区地方政府联合会主席、萨哈(雅库特)共和国',
      '日期: 2018年12月',
      '作者: 洪钟庆',
      '职务: 东北亚地区地方政府联合会秘书长',
      '日期: 2018年12月',
    ]);
    const zhTexts = texts(blocks);
    expect(zhTexts[0]).toBe('尊敬的东北亚地区地方政府联合会各会员地方政府：');
    expect(zhTexts).toContain('NEAR将携手78家会员地方政府，继续秉承“平等互惠”原则，以“东北亚区域共同发展，构建和平世界”为共同目标，不忘初心，砥砺前行。衷心祝愿各会员地方政府蓬勃发展。谢谢！');
    // The Chinese text is the report's own, in full: no summary note.
    expect(zhTexts.some((text) => text.includes('摘要'))).toBe(false);
    expect(facts(section(en, 'foreword').blocks)).toContain('Author: Hong Jong-kyung');
  });

  it('says where a foreword is a summary and in which language the full text is', () => {
    const enTexts = texts(section(en, 'foreword').blocks);
    expect(enTexts.filter((text) => text === 'This is a summary; the full text is on record in Chinese.')).toHaveLength(2);
    expect(texts(section(ru, 'foreword').blocks)).toContain('Это краткое изложение; полный текст имеется на китайском.');
  });

  it('lists the staff of 17 in the order of the chart, with positions and offices as the report gives them', () => {
    const found = staffTable(zh);
    expect(found.table.rows.map((row) => row[1])).toEqual(CHART_2018);
    expect(found.table.rows[0]).toEqual(['秘书长', '洪钟庆', '浦项秘书处']);
    expect(found.table.rows[1]).toEqual(['企划宣传部长', '权太男', '庆尚北道派遣']);
    expect(found.table.rows[6]).toEqual(['中国派遣公务员', '李扬', '黑龙江省派遣']);
    expect(found.table.rows[8]).toEqual(['NEAR秘书处兵库县分部', '宾惠英', '兵库县分部']);
    expect(found.table.rows[10]).toEqual(['蒙古派遣公务员', '阿吉扎雅', '南戈壁省派遣']);
    expect(found.table.rows[12]).toEqual(['俄罗斯派遣公务员', '安风', '萨哈(雅库特)共和国派遣']);
    expect(found.marks).toBeUndefined();
    expect(texts(section(zh, 'secretariat').blocks)).toContain('2018年度秘书处职员（按组织机构图顺序）：17人。');
  });

  it('prints names for readers of other languages in the forms on record, marking a name known only in Chinese', () => {
    const rows = staffTable(en).table.rows;
    expect(rows[0]).toEqual(['Secretary-General', 'Hong Jong-kyung', 'Secretariat, Pohang']);
    expect(rows[9]).toEqual(['Mongolia specialist', '希西格', 'Secretariat, Pohang']);
    expect(staffTable(en).marks).toEqual(
      CHART_2018.flatMap((_name, row) => (sampleSecretariat().staff[row].fields.name.latin ? [] : [{ row, column: 1, from: 'zh' }])),
    );
    // Korean readers get the person's own script with the Latin letters beside it.
    expect(staffTable(buildAnnualReport(data, 2018, 'ko', resources.ko)).table.rows[0]).toEqual(['사무총장', '홍종경 (Hong Jong-kyung)', '포항 사무국']);
    expect(reportHtml(en)).toContain('<span lang="zh">希西格</span>');
  });

  it('prints the history, organisation, budget and duties as numbered parts before the chart', () => {
    const headings = section(en, 'secretariat').blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings).toEqual(['1. Establishment of the secretariat', '2. Organisation and staff', '3. Budget', '4. Duties', '5. Organisation chart and staff']);
    const duties = section(zh, 'secretariat').blocks.find((block) => block.kind === 'list');
    expect(duties?.kind === 'list' && duties.items.map((item) => item.text)).toHaveLength(7);
    expect(duties?.kind === 'list' && duties.items[0].text).toBe('编制预算与执行预算；');
  });

  it('leaves out a person who left before the year, and keeps one who left during it', () => {
    const [first, second, ...rest] = sampleSecretariat().staff;
    const staff = [{ ...first, fields: { ...first.fields, to: '2017-06' } }, { ...second, fields: { ...second.fields, from: '2016', to: '2018-03-15' } }, ...rest];
    const report = buildAnnualReport({ ...data, staff: staff.map(live) }, 2018, 'zh', resources.zh);
    expect(staffTable(report).table.rows.map((row) => row[1])).toEqual(CHART_2018.slice(1));
    expect(texts(section(report, 'secretariat').blocks)).toContain('其中无任职日期记录者：15人（录入离职日期前，各年度均予列出）。');
  });

  it('says plainly what is missing and where to enter it when the records are not there', () => {
    const bare = { ...sampleReportData(), staff: [], reportTexts: [] };
    const report = buildAnnualReport(bare, 2018, 'en', resources.en);
    expect(section(report, 'foreword').blocks).toEqual([{ kind: 'placeholder', text: expect.stringContaining('No foreword for 2018 is on record. Enter it on the Secretariat screen') }]);
    expect(section(report, 'secretariat').blocks).toEqual([{ kind: 'placeholder', text: expect.stringContaining('Nothing on the secretariat for 2018 is on record') }]);
    // Staff without chapter texts: the chart is printed, and the missing texts are named.
    const staffOnly = buildAnnualReport({ ...bare, staff: sampleSecretariat().staff.map(live) }, 2018, 'en', resources.en);
    const blocks = section(staffOnly, 'secretariat').blocks;
    expect(blocks[0]).toEqual({ kind: 'placeholder', text: expect.stringContaining("No text on the secretariat's history and organisation for 2018") });
    expect(staffTable(staffOnly).table.rows).toHaveLength(17);
    // Another year has no forewords: the 2018 ones are not borrowed.
    expect(section(buildAnnualReport(data, 2019, 'en', resources.en), 'foreword').blocks[0].kind).toBe('placeholder');
  });

  it('names the seconding governments from the registry', () => {
    const seconding = new Set(sampleSecretariat().staff.flatMap((person) => (person.fields.memberId ? [person.fields.memberId] : [])));
    const names = sampleMembers.filter((member) => seconding.has(member.id)).map((member) => member.names.en);
    const offices = staffTable(en).table.rows.map((row) => String(row[2]));
    for (const name of names) expect(offices.some((office) => office.includes(name))).toBe(true);
    expect(offices.filter((office) => office.startsWith('Seconded by'))).toHaveLength(5);
    expect(offices.filter((office) => office.startsWith('Branch office'))).toEqual(['Branch office, Hyogo Prefecture']);
  });
});
