import { Gunzip, strFromU8 } from 'fflate';
import { z } from 'zod';
import { OFFICE_ROLES, RECORD_SCHEMAS, SYNC_COLLECTIONS, type CollectionName } from '../sync/collections';
import { MAX_BACKUP_JSON_BYTES } from '../sync/limits';
import { compareVersions } from '../version';

/**
 * A backup is a whole copy of one installation's data at one moment: every synced record
 * (tombstones included), the trusted offices, the sync history and conflicts, and what this laptop
 * knows of each office's changes. It is a gzip-compressed JSON file written by main into the
 * user-data folder (or kept in the browser's private file system when there is no Electron).
 *
 * It never holds the signing key: the private half is a non-extractable CryptoKey, which script in
 * the window can use to sign but not read out (so not copy into a file), and the public half
 * belongs to the installation that restores, not to the file.
 */
export const BACKUP_FORMAT = 'near-desk-backup';
/** 2 (0.4.0): segments, their texts, incomplete records and the seal; version 1 backups still restore. */
export const BACKUP_FORMAT_VERSION = 2;
export const BACKUP_EXTENSION = '.nearbackup';

/** Why a backup was made; shown in the list and in its file name. */
export const BACKUP_REASONS = ['scheduled', 'manual', 'before-import', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Local tables a backup carries besides the synced collections (the last three since format 2). */
export const LOCAL_TABLES = ['peers', 'syncLog', 'conflicts', 'segments', 'segmentTexts', 'partials'] as const;
export type LocalTable = (typeof LOCAL_TABLES)[number];
export type BackupTable = CollectionName | LocalTable;
export const BACKUP_TABLES: readonly BackupTable[] = [...SYNC_COLLECTIONS, ...LOCAL_TABLES];
/** The tables a restore preview compares: what a person recognises (segments are sync's own bookkeeping). */
export const PREVIEW_LOCAL_TABLES = ['peers', 'syncLog', 'conflicts'] as const;
export type PreviewTable = CollectionName | (typeof PREVIEW_LOCAL_TABLES)[number];
export const PREVIEW_TABLES: readonly PreviewTable[] = [...SYNC_COLLECTIONS, ...PREVIEW_LOCAL_TABLES];

/** A local row is checked for its key only: its shape belongs to this app's own version, named in the header. */
const localRow = z.looseObject({ id: z.string().min(1) });
const LOCAL_ROWS: Record<LocalTable, z.ZodType> = {
  peers: z.looseObject({ installationId: z.string().min(1) }),
  syncLog: localRow,
  conflicts: localRow,
  segments: z.looseObject({ id: z.string().min(1), author: z.string(), seq: z.number().int(), status: z.enum(['applied', 'held']) }),
  segmentTexts: z.object({ id: z.string().min(1), text: z.string() }),
  partials: z.looseObject({ key: z.string().min(1), collection: z.enum(SYNC_COLLECTIONS), record: z.looseObject({ id: z.string() }) }),
};

const header = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The database schema version the rows were read from. */
  schemaVersion: z.number().int().positive(),
  createdAt: z.iso.datetime({ offset: true }),
  reason: z.enum(BACKUP_REASONS),
  installationId: z.string().min(1),
  /** The office and person working on the laptop, as its profile said. */
  profile: z.object({ office: z.string(), person: z.string(), role: z.enum(OFFICE_ROLES).optional() }).optional(),
  /** The installation's clock when the copy was taken. */
  clock: z.string().optional(),
  /** Format 1 only: what the copy believed it had of each office (dropped on restore; segments say it now). */
  knowledge: z.record(z.string(), z.string()).optional(),
  /** Up to where the installation had sealed its own changes into signed segments (format 2). */
  seal: z.object({ seq: z.number().int().min(0), clock: z.string() }).optional(),
  firstRun: z.object({ choice: z.enum(['sample', 'empty']), at: z.string() }).optional(),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});

export type BackupHeader = z.infer<typeof header>;

/** Rows as they were stored, local bookkeeping (`syncedFrom`, `localSeq`) included. */
export type BackupRows = Record<BackupTable, Array<Record<string, unknown>>>;

export type BackupDocument = BackupHeader & { tables: BackupRows };

/** Why a file cannot be restored; each has a translated message (`backups.refused.<reason>`). */
export const BACKUP_REFUSALS = ['unreadable', 'tooLarge', 'notBackup', 'newerFormat', 'newerApp', 'invalidRecord', 'otherInstallation'] as const;
export type BackupRefusalReason = (typeof BACKUP_REFUSALS)[number];

export class BackupRefused extends Error {
  constructor(
    readonly reason: BackupRefusalReason,
    readonly details: Record<string, string | number> = {},
  ) {
    super(`Backup refused: ${reason}${Object.keys(details).length ? ` ${JSON.stringify(details)}` : ''}`);
    this.name = 'BackupRefused';
  }
}

/** Rows written to the JSON text at a time: the text is made and compressed in pieces of about this many rows. */
const ROWS_PER_PIECE = 2000;

/**
 * The document's JSON text in pieces, which joined are `JSON.stringify(document)`: the header, then
 * each table a few thousand rows at a time. A backup of 100,000 records is never one string.
 */
export function* backupJsonPieces(document: BackupDocument): Generator<string> {
  const { tables, ...header } = document;
  yield `${JSON.stringify(header).slice(0, -1)},"tables":{`;
  let firstTable = true;
  for (const [name, rows] of Object.entries(tables) as Array<[string, unknown[] | undefined]>) {
    if (rows === undefined) continue;
    yield `${firstTable ? '' : ','}${JSON.stringify(name)}:[`;
    firstTable = false;
    for (let start = 0; start < rows.length; start += ROWS_PER_PIECE) {
      yield `${start > 0 ? ',' : ''}${JSON.stringify(rows.slice(start, start + ROWS_PER_PIECE)).slice(1, -1)}`;
    }
    yield ']';
  }
  yield '}}';
}

/**
 * The file's bytes: gzip-compressed JSON, compressed by the platform's own zlib (CompressionStream,
 * in the browser, its workers and Node) as the text is made, piece by piece: about twice as fast as
 * compressing in JavaScript, and the whole text never held at once.
 */
export async function encodeBackup(document: BackupDocument): Promise<Uint8Array> {
  const gzip = new CompressionStream('gzip');
  const compressed = new Response(gzip.readable).arrayBuffer();
  const writer = gzip.writable.getWriter();
  const encoder = new TextEncoder();
  for (const piece of backupJsonPieces(document)) await writer.write(encoder.encode(piece));
  await writer.close();
  return new Uint8Array(await compressed);
}

/**
 * How much a backup may decompress to: real backups shrink about fifteen times, a "gzip bomb" a
 * thousand; so at most a hundred times its size (16 MB at least), and never past the hard bound.
 */
export function decompressionLimit(compressedBytes: number): number {
  return Math.min(MAX_BACKUP_JSON_BYTES, Math.max(16 * 1024 * 1024, compressedBytes * 100));
}

/** Decompresses gzip, stopping (and refusing the file) as soon as the output passes `limit`. */
function gunzipBounded(bytes: Uint8Array, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > limit) throw new BackupRefused('tooLarge', { limit });
    chunks.push(chunk);
  });
  // Small steps: fflate inflates a whole pushed chunk before it reports output, and 1 KB of a
  // gzip bomb inflates to about 1 MB, so the limit is overshot by at most that.
  const STEP = 1024;
  for (let start = 0; start < bytes.length; start += STEP) stream.push(bytes.subarray(start, start + STEP), start + STEP >= bytes.length);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * Reads and checks a whole backup before anything is restored from it: the format, a version this
 * build can read, and every synced record against its schema. Throws `BackupRefused`.
 */
export function decodeBackup(bytes: Uint8Array, reader: { appVersion: string; schemaVersion: number }): BackupDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(gunzipBounded(bytes, decompressionLimit(bytes.byteLength))));
  } catch (error) {
    if (error instanceof BackupRefused) throw error;
    throw new BackupRefused('unreadable');
  }
  const parsedHeader = header.safeParse(raw);
  if (!parsedHeader.success) throw new BackupRefused('notBackup');
  const document = parsedHeader.data;
  if (document.formatVersion > BACKUP_FORMAT_VERSION) throw new BackupRefused('newerFormat', { version: document.formatVersion });
  if (compareVersions(document.appVersion, reader.appVersion) > 0 || document.schemaVersion > reader.schemaVersion) {
    throw new BackupRefused('newerApp', { version: document.appVersion });
  }
  const tables = (raw as { tables?: unknown }).tables;
  if (!tables || typeof tables !== 'object') throw new BackupRefused('notBackup');
  const rows = {} as BackupRows;
  for (const table of BACKUP_TABLES) {
    const list = (tables as Record<string, unknown>)[table] ?? [];
    if (!Array.isArray(list)) throw new BackupRefused('notBackup');
    const schema: z.ZodType = table in RECORD_SCHEMAS ? RECORD_SCHEMAS[table as CollectionName] : LOCAL_ROWS[table as LocalTable];
    list.forEach((row: unknown, index) => {
      if (!schema.safeParse(row).success) throw new BackupRefused('invalidRecord', { table, index: index + 1 });
    });
    // The rows are kept as stored (not the parsed copies), so local bookkeeping fields survive.
    rows[table] = list as Array<Record<string, unknown>>;
  }
  return { ...document, tables: rows };
}

const NAME = /^near-desk-(\d{8})-(\d{6})-(\d{3})-([a-z-]+)\.nearbackup$/;

/** `near-desk-20261124-093000-000-scheduled.nearbackup`: sorts by time, names its reason, safe on every file system. */
export function backupFileName(at: Date, reason: BackupReason): string {
  const iso = at.toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}-${iso.slice(20, 23)}`;
  return `near-desk-${stamp}-${reason}${BACKUP_EXTENSION}`;
}

/** The time and reason a backup file's name carries, or null for a name this app did not write. */
export function parseBackupFileName(name: string): { at: string; reason: BackupReason } | null {
  const match = NAME.exec(name);
  if (!match || !(BACKUP_REASONS as readonly string[]).includes(match[4])) return null;
  const [, day, time, millis, reason] = match;
  const at = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}.${millis}Z`;
  return Number.isNaN(Date.parse(at)) ? null : { at, reason: reason as BackupReason };
}

/** Whether a name is one of this app's backup files: the only names main reads, writes or deletes. */
export function isBackupFileName(name: string): boolean {
  return parseBackupFileName(name) !== null;
}

/**
 * However few backups the settings ask to keep, at least this many stay: the backup before an
 * import or a restore never takes the place of the only earlier copy.
 */
export const MIN_BACKUPS_KEPT = 3;

/** How often backups are made and how many are kept; chosen on the backups page. */
export const backupSettingsSchema = z.object({
  /** Hours between scheduled backups; 0 turns the schedule off (backups before imports stay). */
  everyHours: z.number().int().min(0).max(24 * 30),
  keep: z.number().int().min(MIN_BACKUPS_KEPT).max(200),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;
export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { everyHours: 24, keep: 20 };

/** Whether a scheduled backup is due: the schedule is on, and the last one is older than the interval. */
export function scheduledBackupDue(settings: BackupSettings, lastAt: string | undefined, now: Date): boolean {
  if (settings.everyHours === 0) return false;
  if (!lastAt) return true;
  return now.getTime() - Date.parse(lastAt) >= settings.everyHours * 3_600_000;
}
