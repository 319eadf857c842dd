import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../../shared/report/build-report';
import { resources } from '../../../../shared/i18n/resources';
import { fallbackCounts, reportTables } from '../../../../shared/report/model';
import { pageNumberContent, reportPageCss } from '../../../../shared/report/print-page';
import { reportHtml } from '../../../../shared/report/report-html';
import { sampleReportData } from './sample-report-data';

describe('the printed page', () => {
  it('puts the page counters where the language puts the numbers', () => {
    expect(pageNumberContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageNumberContent('第 {{page}} 页，共 {{pages}} 页')).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"');
  });

  it('gives the HTML file the same running footer as the window, and none on the cover', () => {
    const report = buildAnnualReport(sampleReportData(), 2018, 'ru', resources.ru);
    const css = reportPageCss(report);
    expect(css).toContain('@bottom-left { content: "Годовой отчёт NEAR за 2018 год — Русский";');
    expect(css).toContain('content: "Стр. " counter(page) " из " counter(pages);');
    expect(css).toMatch(/@page :first \{ @bottom-left \{ content: none; \}/);
    expect(reportHtml(report)).toContain(css);
  });

  it('escapes a title that would end the CSS string', () => {
    expect(reportPageCss({ footer: 'A "quoted" \\ title', pageNumber: '{{page}}' })).toContain('content: "A \\"quoted\\" \\\\ title";');
  });
});

describe('texts missing in the report language', () => {
  const data = sampleReportData();
  const tourism = '0967d711-ed7e-4aa2-bfcf-b888a0684b5e';
  const withoutRussian = { ...data, committees: data.committees.map((committee) => (committee.id === tourism ? { ...committee, names: { ...committee.names, ru: undefined } } : committee)) };

  it('are marked in the cell that shows them and counted by the language they are shown in', () => {
    const before = fallbackCounts(buildAnnualReport(data, 2018, 'ru', resources.ru)).get('en') ?? 0;
    const report = buildAnnualReport(withoutRussian, 2018, 'ru', resources.ru);
    const committees = reportTables(report).find((table) => table.id === 'committees');
    const row = committees?.table.rows.findIndex((cells) => cells[0] === 'Tourism Committee') ?? -1;
    expect(row).toBeGreaterThanOrEqual(0);
    expect(committees?.marks).toContainEqual({ row, column: 0, from: 'en' });
    const after = fallbackCounts(report).get('en') ?? 0;
    expect(after).toBeGreaterThan(before);
    expect(report.fallbackNotes.find((note) => note.from === 'en')).toMatchObject({ count: after, tag: 'англ.', mark: 'Нет на русском; приведено на английском' });
  });

  it('are not marked in a language the record has', () => {
    // Six of the sample's staff have their name on record in Chinese characters only (see secretariat-section.test.ts).
    const report = buildAnnualReport({ ...withoutRussian, staff: [] }, 2018, 'en', resources.en);
    expect(reportTables(report).every((table) => !table.marks?.length)).toBe(true);
    expect(report.fallbackNotes).toEqual([]);
    expect(reportHtml(report)).not.toContain('class="fallback"');
  });
});
