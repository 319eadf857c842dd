import { yearsOfSpan } from '../domain/partial-date';
import { LOCALE_NATIVE_NAMES, type Locale } from '../i18n/locales';
import type { Resource } from '../i18n/strings';
import { appendixSection } from './appendix-section';
import { assemblySection } from './assembly-section';
import { committeesSection } from './committees-section';
import { reportContext } from './context';
import { cooperationSection } from './cooperation-sections';
import { workshopSection, youthSection } from './event-sections';
import { fallbackCounts, type AnnualReport, type FallbackNote, type ReportData } from './model';
import { forewordSection, secretariatSection } from './secretariat-section';
import type { Wording } from './wording';

/**
 * The annual report of `year` in `locale`, in the 2018 report's order: foreword, I General
 * Assembly, II committees, III working-level workshop, IV youth programmes, V international
 * cooperation, VI secretariat, appendix of member governments. `strings` are the UI strings of
 * `locale` (the renderer loads only the languages it uses; Node has them all in i18n/resources).
 */
export function buildAnnualReport(data: ReportData, year: number, locale: Locale, strings: Resource): AnnualReport {
  const ctx = reportContext(data, year, locale, strings);
  const { w } = ctx;
  const title = w.t('doc.title', { year: String(year) });
  const edition = w.t('publish.edition');
  const report: Omit<AnnualReport, 'fallbackNotes'> = {
    year,
    locale,
    title,
    organisation: w.t('doc.organisation'),
    contentsLabel: w.t('doc.contents'),
    edition,
    footer: w.t('publish.footer', { title, edition: LOCALE_NATIVE_NAMES[locale] }),
    pageNumber: w.t('publish.pageNumber', { page: '{{page}}', pages: '{{pages}}' }),
    sections: [
      forewordSection(ctx),
      assemblySection(ctx),
      committeesSection(ctx),
      workshopSection(ctx),
      youthSection(ctx),
      cooperationSection(ctx),
      secretariatSection(ctx),
      appendixSection(ctx),
    ],
  };
  return { ...report, fallbackNotes: fallbackNotes(report, w) };
}

/** One note per language the report took texts from, worded in the report's language. */
function fallbackNotes(report: Pick<AnnualReport, 'sections'>, w: Wording): FallbackNote[] {
  const language = w.t(`publish.languages.${w.locale}`);
  return [...fallbackCounts(report)].map(([from, count]) => {
    const values = { language, source: w.t(`publish.languages.${from}`), count };
    return { from, count, tag: w.t(`publish.tags.${from}`), mark: w.t('publish.fallbackMark', values), summary: w.t('publish.fallbackSummary', values) };
  });
}

/** Years with meetings or visits on record, latest first. */
export function reportYears(data: Pick<ReportData, 'meetings' | 'visits'>): number[] {
  const years = new Set([
    ...data.meetings.filter((meeting) => !meeting.deleted).flatMap((meeting) => yearsOfSpan(meeting.startDate, meeting.endDate)),
    ...data.visits.filter((visit) => !visit.deleted).flatMap((visit) => yearsOfSpan(visit.date, visit.endDate)),
  ]);
  return [...years].sort((a, b) => b - a);
}

/**
 * The year a report opens on: the latest year with meetings, since meetings are the report's
 * chapters; a stray early entry for the next year (a visit logged in the January after) should
 * not open an empty report. Without meetings, the latest year with visits, else `fallback`.
 */
export function defaultReportYear(data: Pick<ReportData, 'meetings' | 'visits'>, fallback: number): number {
  const meetingYears = reportYears({ meetings: data.meetings, visits: [] });
  return meetingYears[0] ?? reportYears(data)[0] ?? fallback;
}
