// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../../../shared/tables/table';
import { columnName, escapeXml, sheetNames, toXlsx } from '../../../../shared/tables/xlsx';

const committees: Table = {
  title: '2018年专门委员会',
  columns: ['专门委员会', '协调员', '创立时间', '举办次数'],
  rows: [
    ['防灾专门委员会', '兵库县', 1998, 16],
    ['Trade & <Investment> "Forum"', 'Gyeongsangbuk-do', 1998, null],
    ['Комитет по туризму', '=cmd|calc', 2008, 2.5],
  ],
};
const visits: Table = { title: 'Visit log, 2018', columns: ['Date', 'City'], rows: [['2018-02-12', 'Владивосток']] };

function unpack(tables: Table[]): Record<string, string> {
  const files = unzipSync(toXlsx(tables));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

/** Parses XML strictly; throws on anything a spreadsheet reader would reject as malformed. */
function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`malformed XML: ${text.slice(0, 200)}`);
  return doc;
}

describe('XLSX workbook', () => {
  const files = unpack([committees, visits]);

  it('is a zip holding the parts Excel needs, each well-formed XML', () => {
    expect(toXlsx([visits]).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    for (const text of Object.values(files)) parseXml(text);
    expect(files['[Content_Types].xml']).toContain('<Override PartName="/xl/worksheets/sheet2.xml"');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet2.xml"');
  });

  it('names one sheet per table after its title', () => {
    const sheets = [...parseXml(files['xl/workbook.xml']).getElementsByTagName('sheet')];
    expect(sheets.map((sheet) => [sheet.getAttribute('name'), sheet.getAttribute('sheetId'), sheet.getAttribute('r:id')])).toEqual([
      ['2018年专门委员会', '1', 'rId1'],
      ['Visit log, 2018', '2', 'rId2'],
    ]);
  });

  it('writes a bold header row, text as inline strings and numbers as numbers', () => {
    const sheet = parseXml(files['xl/worksheets/sheet1.xml']);
    const cell = (reference: string) => [...sheet.getElementsByTagName('c')].find((c) => c.getAttribute('r') === reference);
    expect(cell('A1')?.getAttribute('s')).toBe('1');
    expect(cell('A1')?.getAttribute('t')).toBe('inlineStr');
    expect(cell('A1')?.textContent).toBe('专门委员会');
    expect(cell('A2')?.getAttribute('s')).toBeNull();
    expect(cell('C2')?.getAttribute('t')).toBeNull();
    expect(cell('C2')?.getElementsByTagName('v')[0].textContent).toBe('1998');
    expect(cell('D4')?.textContent).toBe('2.5');
    expect(cell('A4')?.textContent).toBe('Комитет по туризму');
    // An inline string is never a formula, so CSV's injection guard is not needed here.
    expect(cell('B4')?.getAttribute('t')).toBe('inlineStr');
    expect(cell('D3')).toBeUndefined();
    expect(files['xl/styles.xml']).toMatch(/<font><b\/>/);
  });

  it('escapes &, < and > in cells', () => {
    expect(files['xl/worksheets/sheet1.xml']).toContain('<t xml:space="preserve">Trade &amp; &lt;Investment&gt; &quot;Forum&quot;</t>');
    expect(parseXml(files['xl/worksheets/sheet1.xml']).getElementsByTagName('t')[6].textContent).toBe('Trade & <Investment> "Forum"');
  });

  it('refuses an empty workbook, which Excel cannot open', () => {
    expect(() => toXlsx([])).toThrow(RangeError);
  });
});

describe('XLSX names and escaping', () => {
  it('letters columns as spreadsheets do', () => {
    expect([0, 25, 26, 51, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
  });

  it('makes sheet names Excel accepts: no []:*?/\\, at most 31 characters, unique ignoring case', () => {
    const names = sheetNames([
      'Roll call [12th]: present/written?',
      'A very long title of a table that goes on and on',
      'Visits',
      'VISITS',
      "'quoted'",
      '***',
      'A very long title of a table that goes on and on',
    ]);
    expect(names).toEqual([
      'Roll call 12th present written',
      'A very long title of a table th',
      'Visits',
      'VISITS (2)',
      'quoted',
      'Sheet 6',
      'A very long title of a tabl (2)',
    ]);
    expect(names.every((name) => name.length <= 31 && !/[[\]:*?/\\]/.test(name))).toBe(true);
  });

  it('drops characters XML cannot hold and keeps CJK as it is', () => {
    expect(escapeXml('a\u0001b\u000bc\td')).toBe('abc\td');
    expect(escapeXml('兵庫県 & 慶尚北道')).toBe('兵庫県 &amp; 慶尚北道');
  });
});
