import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../../shared/report/build-report';
import { resources } from '../../../../shared/i18n/resources';
import type { AnnualReport, ReportBlock } from '../../../../shared/report/model';
import { sampleReportData } from './sample-report-data';

/** The facts (label, value) printed under the meeting whose heading is `title`. */
function factsOf(report: AnnualReport, title: string): Array<[string, string]> {
  const blocks: ReportBlock[] = report.sections.flatMap((section) => section.blocks);
  const at = blocks.findIndex((block) => block.kind === 'heading' && block.text === title);
  const facts = blocks.slice(at + 1).find((block) => block.kind === 'facts');
  if (at < 0 || !facts || facts.kind !== 'facts') throw new Error(`no facts for ${title}`);
  return facts.rows.map(([label, value]) => [label, value]);
}

describe('counts printed where the report gives them', () => {
  const en = buildAnnualReport(sampleReportData(), 2018, 'en', resources.en);
  const zh = buildAnnualReport(sampleReportData(), 2018, 'zh', resources.zh);

  it('prints a lower bound as one, never the bare number', () => {
    expect(factsOf(en, '12th NEAR General Assembly')).toContainEqual(['People attending', 'at least 150']);
    expect(factsOf(zh, '第十二次NEAR全体会议')).toContainEqual([expect.any(String), '150余']);
    const energy = factsOf(en, '2018 Energy and Climate Change Committee Meeting');
    expect(energy).toEqual(expect.arrayContaining([['People attending', 'at least 50'], ['Member governments taking part', '11'], ['Countries taking part', '4']]));
    expect(energy.some(([, value]) => value === '50')).toBe(false);
  });

  it('prints delegates, countries and the non-member country by name', () => {
    expect(factsOf(en, '1st International Human Resources Exchange Committee Meeting')).toEqual(
      expect.arrayContaining([['Delegates', '24'], ['Countries taking part', '4'], ['People attending', 'at least 150']]),
    );
    expect(factsOf(en, '16th Education and Cultural Exchange Committee Meeting')).toEqual(
      expect.arrayContaining([['People attending', '29'], ['Countries taking part', '5'], ['Non-member countries', 'Brazil']]),
    );
    expect(factsOf(zh, '第十六届教育文化交流专门委员会')).toContainEqual(['非会员国家', '巴西']);
    expect(factsOf(en, '2018 Northeast Asia Youth Leaders Forum')).toEqual(expect.arrayContaining([['People attending', '82'], ['Countries taking part', '5']]));
  });

  it('prints no count the record does not hold', () => {
    const workshop = factsOf(en, 'NEAR Working-level Workshop 2018').map(([label]) => label);
    expect(workshop).not.toContain('Delegates');
    expect(workshop).not.toContain('Non-member countries');
  });
});
