import { z } from 'zod';
import { BACKUP_REASONS, isBackupFileName } from '../backup/backup-format';
import { LOCALES } from '../i18n/locales';
import { BUNDLE_EXTENSION } from '../sync/bundle-format';
import { MAX_BUNDLE_BYTES } from '../sync/limits';
import { stripUnsafe } from '../sync/text-safety';

/** Argument of `settings:set-locale`. Kept apart from the contract so the preload bundle stays free of zod. */
export const setLocaleRequest = z.enum(LOCALES);

/**
 * A file name the window suggests to a save dialog, without folders. Control and bidirectional
 * characters are taken out first: a right-to-left override can make "report\u202Efdp.bat" read
 * as "reporttab.pdf" in the dialog.
 */
const suggestedName = z
  .string()
  .max(1024)
  .transform((name) => stripUnsafe(name).trim())
  .pipe(z.string().min(1).max(255).regex(/^[^/\\]+$/));

/** The extension of a file name, lower case ("" when there is none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Arguments of `bundle:save`: a file name ending in .nearbundle, and the bundle file's bytes (at most the largest bundle the app writes). */
export const saveBundleRequest = z.tuple([
  suggestedName.refine((name) => `.${extensionOf(name)}` === BUNDLE_EXTENSION),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_BUNDLE_BYTES),
]);

/** Kinds of file the app exports besides bundles, by extension. */
export const EXPORT_EXTENSIONS = ['csv', 'xlsx', 'png', 'html', 'pdf'] as const;
export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number];

const exportName = suggestedName.refine((name) => (EXPORT_EXTENSIONS as readonly string[]).includes(extensionOf(name)));

/** Arguments of `file:save`: a file name with one of the export extensions, and its content (at most 256 MiB). */
export const saveFileRequest = z.tuple([
  exportName,
  z.union([z.string().max(256 * 1024 * 1024), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= 256 * 1024 * 1024)]),
]);

/** Argument of `file:print-pdf`: the suggested file name, ending in .pdf. */
export const printToPdfRequest = exportName.refine((name) => name.toLowerCase().endsWith('.pdf'));

/** A backup file name as this app writes it; nothing else in the folder can be named. */
export const backupNameRequest = z.string().max(255).refine(isBackupFileName);

/**
 * Arguments of `backups:write`: why the backup is made, the compressed backup (at most 1 GiB) and
 * how many backups the settings keep. The name and its time are main's; main keeps at least
 * MIN_BACKUPS_KEPT, whatever the number (settings saved before there was a minimum say 1 or 2).
 */
export const writeBackupRequest = z.tuple([
  z.enum(BACKUP_REASONS),
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= 1024 * 1024 * 1024),
  z.number().int().min(1).max(200),
]);
