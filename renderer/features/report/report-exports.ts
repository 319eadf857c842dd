import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import type { AnnualReport, ReportTable } from '../../../shared/report/model';
import { reportTables } from '../../../shared/report/model';
import { reportHtml } from '../../../shared/report/report-html';
import { fileNameFor, toCsv } from '../../../shared/tables/table';
import { toXlsx } from '../../../shared/tables/xlsx';
import { platform } from '../../platform';

/**
 * The report's ways out of the app: PDF (the window printed with the report's print styles), a
 * self-contained HTML file, and each table (or all of them) as CSV or an Excel workbook. Each
 * tells the user in the UI language whether the file was saved.
 */

async function save(name: string, write: () => Promise<boolean>, t: TFunction): Promise<void> {
  try {
    if (await write()) notifications.show({ color: 'green', message: t('report.ui.saved', { name }) });
  } catch (error) {
    notifications.show({ color: 'red', message: t('report.ui.saveFailed', { reason: error instanceof Error ? error.message : String(error) }) });
  }
}

/** PDF of the report as printed; the print styles hide the app around it. */
export function saveReportPdf(report: AnnualReport, t: TFunction): Promise<void> {
  const name = fileNameFor(report.title, 'pdf');
  return save(name, () => platform.printToPdf(name), t);
}

export function saveReportHtml(report: AnnualReport, t: TFunction): Promise<void> {
  const name = fileNameFor(report.title, 'html');
  return save(name, () => platform.saveFile(name, reportHtml(report)), t);
}

export function saveTableCsv({ table }: ReportTable, t: TFunction): Promise<void> {
  const name = fileNameFor(table.title, 'csv');
  return save(name, () => platform.saveFile(name, toCsv(table)), t);
}

export function saveTableXlsx({ table }: ReportTable, t: TFunction): Promise<void> {
  const name = fileNameFor(table.title, 'xlsx');
  return save(name, () => platform.saveFile(name, toXlsx([table])), t);
}

/** Every table of the report in one workbook, a sheet each, named after the report. */
export function saveAllTablesXlsx(report: AnnualReport, t: TFunction): Promise<void> {
  const name = fileNameFor(report.title, 'xlsx');
  return save(name, () => platform.saveFile(name, toXlsx(reportTables(report).map(({ table }) => table))), t);
}
