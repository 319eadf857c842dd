import { describe, expect, it } from 'vitest';
import { printToPdfRequest, saveFileRequest } from '../../../../shared/ipc/schemas';

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
