import type { TFunction } from 'i18next';
import { fileNameFor, toCsv, type Table } from '../../../shared/tables/table';
import { platform } from '../../platform';
import { notify } from './notify';

/**
 * Files the user saves from a screen (the report, every list): written through the platform
 * adapter (a native save dialog in Electron, a download in a browser), and a notice in the UI
 * language saying whether the file was saved. The notices are the report's strings, which said
 * this first.
 */
export async function saveWithNotice(name: string, write: () => Promise<boolean>, t: TFunction): Promise<void> {
  try {
    if (await write()) notify({ color: 'green', message: t('report.ui.saved', { name }) });
  } catch (error) {
    notify({ color: 'red', message: t('report.ui.saveFailed', { reason: error instanceof Error ? error.message : String(error) }) });
  }
}

/** A PDF of the window as printed (print styles apply), named after `title`. */
export function savePrintedPdf(title: string, t: TFunction): Promise<void> {
  const name = fileNameFor(title, 'pdf');
  return saveWithNotice(name, () => platform.printToPdf(name), t);
}

/** One table as CSV (UTF-8 with a byte order mark, so Excel keeps Chinese and Cyrillic). */
export function saveCsv(table: Table, t: TFunction): Promise<void> {
  const name = fileNameFor(table.title, 'csv');
  return saveWithNotice(name, () => platform.saveFile(name, toCsv(table)), t);
}

/** Tables as one Excel workbook, a sheet each, named after `title`. */
export function saveXlsx(title: string, tables: readonly Table[], t: TFunction): Promise<void> {
  const name = fileNameFor(title, 'xlsx');
  // The workbook writer (with its zip library) loads on the first export, not with the app.
  return saveWithNotice(name, async () => platform.saveFile(name, (await import('../../../shared/tables/xlsx')).toXlsx(tables)), t);
}
