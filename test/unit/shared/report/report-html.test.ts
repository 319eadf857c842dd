// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../../shared/report/build-report';
import { resources } from '../../../../shared/i18n/resources';
import { escapeHtml, reportHtml } from '../../../../shared/report/report-html';
import { sampleReportData } from './sample-report-data';

const HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('the report as a self-contained HTML file', () => {
  const html = reportHtml(buildAnnualReport(sampleReportData(), 2018, 'zh', resources.zh));
  const doc = parse(html);

  it('is a complete document in the report language, with its title and every chapter', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(doc.title).toBe('NEAR 2018年度报告书');
    expect([...doc.querySelectorAll('section.chapter > h2')].map((h) => h.textContent)).toEqual([
      '前言',
      'I. 全体会议',
      'II. 专门委员会',
      'III. 事务人员工作会议',
      'IV. 青少年项目',
      'V. 国际合作网络',
      'VI. 秘书处',
      '附录 会员地方政府',
    ]);
  });

  it('holds the committee table with a caption, column headers and 17 rows', () => {
    const table = doc.getElementById('table-committees')!;
    expect(table.querySelector('caption')?.textContent).toBe('2018年专门委员会');
    expect([...table.querySelectorAll('thead th[scope="col"]')].map((th) => th.textContent)).toEqual(['专门委员会', '协调员', '创立时间', '举办次数', '主要活动领域']);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(17);
    const sports = rows.find((row) => row.firstElementChild?.textContent === '体育专门委员会')!;
    expect([...sports.children].map((cell) => cell.textContent)).toEqual(['体育专门委员会', '萨哈(雅库特)共和国', '2013', '–', '体育相关信息交流等']);
    expect(sports.children[2].className).toBe('num');
  });

  it('loads nothing from outside the file and runs no script', () => {
    expect(doc.querySelectorAll('script, link, img, iframe, [src]')).toHaveLength(0);
    expect([...doc.querySelectorAll('a[href]')].every((link) => link.getAttribute('href')!.startsWith('#'))).toBe(true);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
  });

  it('carries its own Content-Security-Policy, before anything it would govern: no script, nothing fetched, only its inline styles', () => {
    const policy = doc.head.querySelector('meta[http-equiv="Content-Security-Policy"]');
    const directives = new Map(
      (policy?.getAttribute('content') ?? '').split(';').map((directive) => {
        const [name, ...values] = directive.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('style-src')).toBe("'unsafe-inline'");
    expect(directives.has('script-src')).toBe(false);
    // Only the charset comes before it, so the policy covers the style and everything after.
    expect([...doc.head.children].map((element) => element.tagName.toLowerCase()).slice(0, 2)).toEqual(['meta', 'meta']);
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    expect(doc.head.children[1]).toBe(policy);
  });

  it('prints on A4 with each chapter on a new page', () => {
    const style = doc.querySelector('style')!.textContent!;
    expect(style).toMatch(/@page\s*{\s*size:\s*A4/);
    expect(style).toMatch(/@media print\s*{[^@]*section\.chapter\s*{\s*break-before:\s*page/);
  });

  it('prints a hostile name as text, not markup', () => {
    const data = sampleReportData();
    const members = data.members.map((member) => (member.names.en === 'Hyogo Prefecture' ? { ...member, names: { ...member.names, en: HOSTILE, native: HOSTILE } } : member));
    const meetings = data.meetings.map((meeting) => ({ ...meeting, title: { en: `${meeting.title.en} ${HOSTILE}` } }));
    const hostile = reportHtml(buildAnnualReport({ ...data, members, meetings }, 2018, 'en', resources.en));
    const parsed = parse(hostile);
    expect(parsed.querySelectorAll('script, img')).toHaveLength(0);
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    const disaster = [...parsed.querySelectorAll('#table-committees tbody tr')].find((row) => row.firstElementChild?.textContent === 'Disaster Prevention Committee')!;
    expect(disaster.children[1].textContent).toBe(HOSTILE);
  });

  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
