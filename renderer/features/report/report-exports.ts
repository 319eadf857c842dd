import type { TFunction } from 'i18next';
import type { AnnualReport, ReportTable } from '../../../shared/report/model';
import { reportTables } from '../../../shared/report/model';
import { reportHtml } from '../../../shared/report/report-html';
import { fileNameFor } from '../../../shared/tables/table';
import { platform } from '../../platform';
import { saveCsv, savePrintedPdf, saveWithNotice, saveXlsx } from '../common/save-export';

/**
 * The report's ways out of the app: PDF (the window printed with the report's print styles), a
 * self-contained HTML file, and each table (or all of them) as CSV or an Excel workbook. Each
 * tells the user in the UI language whether the file was saved.
 */

/** PDF of the report as printed; the print styles hide the app around it. */
export function saveReportPdf(report: AnnualReport, t: TFunction): Promise<void> {
  return savePrintedPdf(report.title, t);
}

export function saveReportHtml(report: AnnualReport, t: TFunction): Promise<void> {
  const name = fileNameFor(report.title, 'html');
  return saveWithNotice(name, () => platform.saveFile(name, reportHtml(report)), t);
}

export function saveTableCsv({ table }: ReportTable, t: TFunction): Promise<void> {
  return saveCsv(table, t);
}

export function saveTableXlsx({ table }: ReportTable, t: TFunction): Promise<void> {
  return saveXlsx(table.title, [table], t);
}

/** Every table of the report in one workbook, a sheet each, named after the report. */
export function saveAllTablesXlsx(report: AnnualReport, t: TFunction): Promise<void> {
  return saveXlsx(report.title, reportTables(report).map(({ table }) => table), t);
}
