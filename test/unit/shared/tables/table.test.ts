import { describe, expect, it } from 'vitest';
import { fileNameFor, toCsv } from '../../../../shared/tables/table';

describe('toCsv', () => {
  it('writes a byte order mark, CRLF lines, numbers as numbers and empty cells as nothing', () => {
    const csv = toCsv({ columns: ['国家', 'Visits'], rows: [['中国', 12], ['Россия', null]] });
    expect(csv).toBe('\uFEFF国家,Visits\r\n中国,12\r\nРоссия,\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    const csv = toCsv({ columns: ['a'], rows: [['Seoul, Korea'], ['say "hi"'], ['two\nlines']] });
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['"Seoul, Korea"', '"say ""hi"""', '"two\nlines"']);
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    const csv = toCsv({ columns: ['a', 'b'], rows: [['=HYPERLINK("x")', -3], ['+1', '@SUM(A1)']] });
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")",-3`);
    expect(lines[2]).toBe("'+1,'@SUM(A1)");
  });
});

describe('fileNameFor', () => {
  it('keeps CJK and Cyrillic titles and drops characters file systems refuse', () => {
    expect(fileNameFor('2018 年度报告: 委员会/一览', 'csv')).toBe('2018 年度报告 委员会 一览.csv');
    expect(fileNameFor('Визиты по месяцам', 'png')).toBe('Визиты по месяцам.png');
    expect(fileNameFor(' /// ', 'xlsx')).toBe('export.xlsx');
  });
});
