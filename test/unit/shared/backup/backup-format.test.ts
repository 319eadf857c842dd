import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupsBeyond,
  BackupRefused,
  decodeBackup,
  encodeBackup,
  isBackupFileName,
  parseBackupFileName,
  scheduledBackupDue,
  type BackupDocument,
} from '../../../../shared/backup/backup-format';

const reader = { appVersion: '0.3.0', schemaVersion: 4 };

function emptyBackup(overrides: Partial<BackupDocument> = {}): BackupDocument {
  return {
    format: 'near-desk-backup',
    formatVersion: 1,
    appVersion: '0.3.0',
    schemaVersion: 4,
    createdAt: '2026-11-24T09:30:00.000Z',
    reason: 'manual',
    installationId: 'installation-a',
    knowledge: {},
    counts: {},
    tables: { members: [], committees: [], meetings: [], contacts: [], visits: [], followUps: [], dues: [], duesPostponements: [], peers: [], syncLog: [], conflicts: [] },
    ...overrides,
  };
}

function refusal(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof BackupRefused) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('backup file names', () => {
  it('carry the time and the reason, and sort by time', () => {
    const name = backupFileName(new Date('2026-11-24T09:30:05.042Z'), 'before-import');
    expect(name).toBe('near-desk-20261124-093005-042-before-import.nearbackup');
    expect(parseBackupFileName(name)).toEqual({ at: '2026-11-24T09:30:05.042Z', reason: 'before-import' });
    const earlier = backupFileName(new Date('2026-11-23T23:59:59.999Z'), 'scheduled');
    expect([name, earlier].sort()).toEqual([earlier, name]);
  });

  it('refuse anything the app did not write: other files, folders, other reasons', () => {
    for (const name of ['../near-desk-20261124-093005-042-manual.nearbackup', 'settings.json', 'near-desk-20261124-093005-042-other.nearbackup', 'near-desk-20261124-093005-042-manual.nearbackup.partial']) {
      expect(isBackupFileName(name), name).toBe(false);
    }
  });

  it('keep the newest N and never delete the only backup', () => {
    const names = ['2', '4', '1', '3'].map((day) => backupFileName(new Date(`2026-11-0${day}T00:00:00Z`), 'scheduled'));
    expect(backupsBeyond([...names, 'notes.txt'], 2)).toEqual([names[0], names[2]]);
    expect(backupsBeyond(names, 0)).toHaveLength(3);
  });
});

describe('the schedule', () => {
  const now = new Date('2026-11-24T12:00:00Z');
  it('is due when there is no backup yet or the last one is older than the interval', () => {
    expect(scheduledBackupDue({ everyHours: 24, keep: 5 }, undefined, now)).toBe(true);
    expect(scheduledBackupDue({ everyHours: 24, keep: 5 }, '2026-11-23T12:00:00Z', now)).toBe(true);
    expect(scheduledBackupDue({ everyHours: 24, keep: 5 }, '2026-11-23T12:00:01Z', now)).toBe(false);
  });
  it('is never due when turned off', () => {
    expect(scheduledBackupDue({ everyHours: 0, keep: 5 }, undefined, now)).toBe(false);
  });
});

describe('reading a backup', () => {
  it('reads back what was written', () => {
    const document = emptyBackup({ knowledge: { a: '0001764000000000-0000-a' } });
    expect(decodeBackup(encodeBackup(document), reader)).toEqual(document);
  });

  it('refuses a cut-off file, another kind of file, and a backup from a newer version', () => {
    const bytes = encodeBackup(emptyBackup());
    expect(refusal(() => decodeBackup(bytes.slice(0, bytes.length - 10), reader))).toBe('unreadable');
    expect(refusal(() => decodeBackup(new TextEncoder().encode('{"format":"near-desk-bundle"}'), reader))).toBe('unreadable');
    const notBackup = encodeBackup({ ...emptyBackup(), format: 'near-desk-bundle' } as unknown as BackupDocument);
    expect(refusal(() => decodeBackup(notBackup, reader))).toBe('notBackup');
    expect(refusal(() => decodeBackup(encodeBackup(emptyBackup({ formatVersion: 2 })), reader))).toBe('newerFormat');
    expect(refusal(() => decodeBackup(encodeBackup(emptyBackup({ appVersion: '0.4.0' })), reader))).toBe('newerApp');
    expect(refusal(() => decodeBackup(encodeBackup(emptyBackup({ schemaVersion: 5 })), reader))).toBe('newerApp');
  });

  it('refuses the whole file when one record breaks its schema, naming it', () => {
    const document = emptyBackup();
    document.tables.members = [{ id: 'not-a-uuid', names: {} }];
    const error = (() => {
      try {
        decodeBackup(encodeBackup(document), reader);
      } catch (caught) {
        return caught as BackupRefused;
      }
      throw new Error('accepted');
    })();
    expect(error.reason).toBe('invalidRecord');
    expect(error.details).toEqual({ table: 'members', index: 1 });
  });
});
