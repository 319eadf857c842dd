import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../../shared/backup/backup-format';
import { backupNameRequest, printToPdfRequest, saveFileRequest, writeBackupRequest } from '../../../../shared/ipc/schemas';

describe('file:save arguments (main parses them as unknown)', () => {
  it('accepts a plain file name with an export extension and text or bytes', () => {
    expect(saveFileRequest.safeParse(['2018 年度报告.html', '<!doctype html>']).success).toBe(true);
    expect(saveFileRequest.safeParse(['Визиты.xlsx', new Uint8Array([0x50, 0x4b])]).success).toBe(true);
    expect(saveFileRequest.safeParse(['chart.PNG', new Uint8Array(8)]).success).toBe(true);
  });

  it('refuses folders in the name, other extensions and content that is neither text nor bytes', () => {
    expect(saveFileRequest.safeParse(['../../.bashrc.csv', 'x']).success).toBe(false);
    expect(saveFileRequest.safeParse(['C:\\\\Windows\\\\evil.csv', 'x']).success).toBe(false);
    expect(saveFileRequest.safeParse(['run.exe', 'x']).success).toBe(false);
    expect(saveFileRequest.safeParse(['table.csv', { length: 3 }]).success).toBe(false);
  });
});

describe('file:print-pdf argument', () => {
  it('takes only a plain .pdf name', () => {
    expect(printToPdfRequest.safeParse('NEAR 2018.pdf').success).toBe(true);
    expect(printToPdfRequest.safeParse('NEAR 2018.html').success).toBe(false);
    expect(printToPdfRequest.safeParse('reports/NEAR.pdf').success).toBe(false);
  });
});

describe('backups:write arguments', () => {
  const name = backupFileName(new Date('2026-11-24T09:00:00Z'), 'before-import');
  it('take a backup name, bytes and how many to keep', () => {
    expect(writeBackupRequest.safeParse([name, new Uint8Array(4), 20]).success).toBe(true);
  });
  it('refuse other names, text content and numbers to keep out of range', () => {
    expect(writeBackupRequest.safeParse(['../settings.json', new Uint8Array(4), 20]).success).toBe(false);
    expect(writeBackupRequest.safeParse([name, 'text', 20]).success).toBe(false);
    expect(writeBackupRequest.safeParse([name, new Uint8Array(4), 0]).success).toBe(false);
    expect(writeBackupRequest.safeParse([name, new Uint8Array(4), 1.5]).success).toBe(false);
    expect(backupNameRequest.safeParse(`${name}/../x`).success).toBe(false);
  });
});
