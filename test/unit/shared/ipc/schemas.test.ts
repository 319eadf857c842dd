import { describe, expect, it } from 'vitest';
import { backupFileName } from '../../../../shared/backup/backup-format';
import { MAX_BUNDLE_BYTES } from '../../../../shared/sync/limits';
import { backupNameRequest, printToPdfRequest, saveBundleRequest, saveFileRequest, writeBackupRequest } from '../../../../shared/ipc/schemas';

describe('bundle:save arguments', () => {
  it("take a name ending in .nearbundle and the bundle file's bytes, within the largest bundle", () => {
    const file = new TextEncoder().encode('{}');
    expect(saveBundleRequest.parse(['near-desk-Pohang-to-Hyogo.nearbundle', file])).toEqual(['near-desk-Pohang-to-Hyogo.nearbundle', file]);
    expect(saveBundleRequest.safeParse(['Bundle.NEARBUNDLE', file]).success).toBe(true);
    expect(saveBundleRequest.safeParse(['Bundle.nearbundle', '{}']).success).toBe(false);
    // A view claiming more than the largest bundle, without allocating it.
    const tooLarge = Object.defineProperty(new Uint8Array(1), 'byteLength', { value: MAX_BUNDLE_BYTES + 1 });
    expect(saveBundleRequest.safeParse(['Bundle.nearbundle', tooLarge]).success).toBe(false);
  });

  it('refuse any other name: a script, no extension, only the extension, a folder', () => {
    for (const name of ['update.bat', 'bundle', '.nearbundle', 'bundle.nearbundle.exe', '../bundle.nearbundle']) {
      expect(saveBundleRequest.safeParse([name, new Uint8Array(2)]).success, name).toBe(false);
    }
  });

  it('take out control and bidirectional characters before checking the extension', () => {
    // U+202E makes "eldnubraen.bat" display reversed: the name would read as ending in ".nearbundle".
    expect(saveBundleRequest.safeParse(['x\u202Eeldnubraen.bat', new Uint8Array(2)]).success).toBe(false);
    expect(saveBundleRequest.parse(['\u2066Pohang\u2069\u200F\r\n.nearbundle', new Uint8Array(2)])[0]).toBe('Pohang.nearbundle');
  });
});

describe('file:save arguments (main parses them as unknown)', () => {
  it('accepts a plain file name with an export extension and text or bytes', () => {
    expect(saveFileRequest.safeParse(['2018 年度报告.html', '<!doctype html>']).success).toBe(true);
    expect(saveFileRequest.safeParse(['Визиты.xlsx', new Uint8Array([0x50, 0x4b])]).success).toBe(true);
    expect(saveFileRequest.safeParse(['chart.PNG', new Uint8Array(8)]).success).toBe(true);
  });

  it('takes out control and bidirectional characters from the suggested name', () => {
    expect(saveFileRequest.parse(['report\u202Efdp.html', 'x'])[0]).toBe('reportfdp.html');
    expect(saveFileRequest.safeParse(['report\u202Elmth.exe', 'x']).success).toBe(false);
    expect(printToPdfRequest.parse('\u200ENEAR 2018\u0007.pdf')).toBe('NEAR 2018.pdf');
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
  it('take the reason, bytes and how many to keep: main names the file', () => {
    expect(writeBackupRequest.safeParse(['before-import', new Uint8Array(4), 20]).success).toBe(true);
  });
  it('refuse a name in place of the reason, text content and numbers to keep out of range', () => {
    expect(writeBackupRequest.safeParse([name, new Uint8Array(4), 20]).success).toBe(false);
    expect(writeBackupRequest.safeParse(['../settings.json', new Uint8Array(4), 20]).success).toBe(false);
    expect(writeBackupRequest.safeParse(['manual', 'text', 20]).success).toBe(false);
    expect(writeBackupRequest.safeParse(['manual', new Uint8Array(4), 0]).success).toBe(false);
    expect(writeBackupRequest.safeParse(['manual', new Uint8Array(4), 1.5]).success).toBe(false);
    expect(backupNameRequest.safeParse(`${name}/../x`).success).toBe(false);
  });
});
