import { describe, expect, it } from 'vitest';
import { formatSort, listTable, nextSort, parseSort, sortList, sortRows, type ListColumn } from '../../../../shared/tables/list';

type Row = { name: string; year: number | null; date: string; shown: string };

const rows: Row[] = [
  { name: 'Юж', year: 2004, date: '2018-03-01', shown: '1 Mar 2018' },
  { name: 'ёлка', year: null, date: '2018-12-24', shown: '24 Dec 2018' },
  { name: 'Ёж', year: 1996, date: '2018-01-15', shown: '15 Jan 2018' },
  { name: 'Аврора', year: 2004, date: '', shown: '' },
];

const columns: Array<ListColumn<Row>> = [
  { key: 'name', label: 'Name', value: (row) => row.name },
  { key: 'year', label: 'Year', value: (row) => row.year },
  { key: 'date', label: 'Date', value: (row) => row.shown, sortBy: (row) => row.date },
];
const russian = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

describe('sortRows', () => {
  it('orders text by the language’s collation, not by code point', () => {
    // By code point Ё (U+0401) comes before А and ё (U+0451) after Ю; Russian readers put both after Е.
    expect(sortRows(rows, columns[0], 'ascending', russian).map((row) => row.name)).toEqual(['Аврора', 'Ёж', 'ёлка', 'Юж']);
  });

  it('orders numbers as numbers, keeps ties in the given order and puts empty cells last both ways', () => {
    expect(sortRows(rows, columns[1], 'ascending', russian).map((row) => row.name)).toEqual(['Ёж', 'Юж', 'Аврора', 'ёлка']);
    expect(sortRows(rows, columns[1], 'descending', russian).map((row) => row.name)).toEqual(['Юж', 'Аврора', 'Ёж', 'ёлка']);
  });

  it('sorts by the sort key where the shown text would sort wrong', () => {
    expect(sortRows(rows, columns[2], 'descending', russian).map((row) => row.date)).toEqual(['2018-12-24', '2018-03-01', '2018-01-15', '']);
  });

  it('sorts Chinese names in the Chinese collation (pinyin), unlike code point order', () => {
    const names = ['北京市', '安徽省', '重庆市'].map((name) => ({ name, year: null, date: '', shown: '' }));
    const sorted = sortRows(names, columns[0], 'ascending', new Intl.Collator('zh')).map((row) => row.name);
    expect(sorted).toEqual(['安徽省', '北京市', '重庆市']);
    expect([...names.map((row) => row.name)].sort()).not.toEqual(sorted);
  });
});

describe('sortList', () => {
  it('leaves the rows in their own order without a sort or with an unknown column', () => {
    expect(sortList(rows, columns, null, russian)).toBe(rows);
    expect(sortList(rows, columns, { key: 'gone', direction: 'ascending' }, russian)).toBe(rows);
  });
});

describe('sort in the address', () => {
  it('reads and writes key and -key, refusing unknown columns', () => {
    expect(parseSort('-year', ['name', 'year'])).toEqual({ key: 'year', direction: 'descending' });
    expect(parseSort('name', ['name', 'year'])).toEqual({ key: 'name', direction: 'ascending' });
    expect(parseSort('-country', ['name', 'year'])).toBeNull();
    expect(parseSort(null, ['name'])).toBeNull();
    expect(formatSort({ key: 'year', direction: 'descending' })).toBe('-year');
    expect(parseSort(formatSort({ key: 'name', direction: 'ascending' }), ['name'])).toEqual({ key: 'name', direction: 'ascending' });
  });

  it('turns the same column round and starts a new one ascending', () => {
    expect(nextSort(null, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'year')).toEqual({ key: 'year', direction: 'ascending' });
  });
});

describe('listTable', () => {
  it('exports the headers and the shown values in the order given', () => {
    const table = listTable('Список', columns, rows.slice(0, 2));
    expect(table).toEqual({
      title: 'Список',
      columns: ['Name', 'Year', 'Date'],
      rows: [
        ['Юж', 2004, '1 Mar 2018'],
        ['ёлка', null, '24 Dec 2018'],
      ],
    });
  });

  it('exports a column\'s file value where it has one (a date as precise as the record), while the screen keeps its words', () => {
    const dated: Array<ListColumn<Row>> = [columns[0], { ...columns[2], exported: (row) => row.date.slice(0, 7) }];
    expect(listTable('Список', dated, rows.slice(0, 2)).rows).toEqual([
      ['Юж', '2018-03'],
      ['ёлка', '2018-12'],
    ]);
    expect(dated[1].value(rows[0])).toBe('1 Mar 2018');
  });
});
