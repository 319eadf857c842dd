import { z } from 'zod';
import { isBackupFileName } from '../backup/backup-format';
import { LOCALES } from '../i18n/locales';

/** Argument of `settings:set-locale`. Kept apart from the contract so the preload bundle stays free of zod. */
export const setLocaleRequest = z.enum(LOCALES);

/** Arguments of `bundle:save`: a file name without folders, and the bundle's text (at most 1 GiB). */
export const saveBundleRequest = z.tuple([
  z.string().min(1).max(255).regex(/^[^/\\]+$/),
  z.string().max(1024 * 1024 * 1024),
]);

/** Kinds of file the app exports besides bundles, by extension. */
export const EXPORT_EXTENSIONS = ['csv', 'xlsx', 'png', 'html', 'pdf'] as const;
export type ExportExtension = (typeof EXPORT_EXTENSIONS)[number];

const exportName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^/\\]+$/)
  .refine((name) => (EXPORT_EXTENSIONS as readonly string[]).includes(name.split('.').pop()?.toLowerCase() ?? ''));

/** Arguments of `file:save`: a file name with one of the export extensions, and its content (at most 256 MiB). */
export const saveFileRequest = z.tuple([
  exportName,
  z.union([z.string().max(256 * 1024 * 1024), z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= 256 * 1024 * 1024)]),
]);

/** Argument of `file:print-pdf`: the suggested file name, ending in .pdf. */
export const printToPdfRequest = exportName.refine((name) => name.toLowerCase().endsWith('.pdf'));

/** A backup file name as this app writes it; nothing else in the folder can be named. */
export const backupNameRequest = z.string().max(255).refine(isBackupFileName);

/** Arguments of `backups:write`: the name, the compressed backup (at most 1 GiB) and how many backups to keep. */
export const writeBackupRequest = z.tuple([
  backupNameRequest,
  z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= 1024 * 1024 * 1024),
  z.number().int().min(1).max(200),
]);
