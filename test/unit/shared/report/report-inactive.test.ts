import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../../shared/report/build-report';
import { resources } from '../../../../shared/i18n/resources';
import type { AnnualReport } from '../../../../shared/report/model';
import { sampleReportData } from './sample-report-data';

/** The paragraph and list that follow the committee table, if any. */
function inactivity(report: AnnualReport) {
  const blocks = report.sections.find((section) => section.id === 'committees')!.blocks;
  const table = blocks.findIndex((block) => block.kind === 'table');
  const [paragraph, list] = blocks.slice(table + 1, table + 3);
  return paragraph.kind === 'paragraph' && list.kind === 'list' ? { paragraph: paragraph.text, items: list.items.map((item) => item.text) } : undefined;
}

describe('committees flagged in the report (Committee Regulation Art. 5-7)', () => {
  it('flags Tourism, "not met for many years", and Sports, never met, at the end of 2018, saying what each rests on', () => {
    const en = inactivity(buildAnnualReport(sampleReportData(), 2018, 'en', resources.en));
    expect(en?.paragraph).toBe('Committees with no meeting or activity for two years or more as of 31 December 2018 (Committee Regulation Art. 5-7): 2.');
    expect(en?.items).toEqual(['Tourism Committee: last meeting 2016 or earlier', 'Sports Committee: no meeting since it was founded in 2013']);
    const zh = inactivity(buildAnnualReport(sampleReportData(), 2018, 'zh', resources.zh));
    expect(zh?.items[0]).toBe('旅游专门委员会（最近一次会议：2016年或更早）');
  });

  it('flags nobody when every committee met or acted within two years', () => {
    const data = sampleReportData();
    const busy = { ...data, committees: data.committees.map((committee) => ({ ...committee, lastActivityOn: '2018-06' })) };
    expect(inactivity(buildAnnualReport(busy, 2018, 'en', resources.en))).toBeUndefined();
  });
});
