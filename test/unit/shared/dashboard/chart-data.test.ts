import { describe, expect, it } from 'vitest';
import { chartTable, hasValues, withoutEmptySeries, type ChartData } from '../../../../shared/dashboard/chart-data';

const data: ChartData<string, string> = {
  categories: ['2018-01', '2018-02'],
  series: ['outbound', 'inbound', 'forum'],
  values: [
    [3, 1, 0],
    [2, 0, 0],
  ],
};

describe('chart data', () => {
  it('makes a table with totals per row and a total row', () => {
    const table = chartTable(data, {
      title: 'Activity',
      category: 'Month',
      categoryLabel: (month) => `M${month}`,
      seriesLabel: (series) => series.toUpperCase(),
      total: 'Total',
    });
    expect(table).toEqual({
      title: 'Activity',
      columns: ['Month', 'OUTBOUND', 'INBOUND', 'FORUM', 'Total'],
      rows: [
        ['M2018-01', 3, 1, 0, 4],
        ['M2018-02', 2, 0, 0, 2],
        ['Total', 5, 1, 0, 6],
      ],
    });
  });

  it('adds extra columns and leaves them blank in the total row', () => {
    const table = chartTable(data, {
      title: 'Activity',
      category: 'Month',
      categoryLabel: (month) => month,
      seriesLabel: (series) => series,
      total: 'Total',
      extra: [{ header: 'Note', cell: (_month, index) => (index === 0 ? 'first' : null) }],
    });
    expect(table.columns.at(-1)).toBe('Note');
    expect(table.rows.map((row) => row.at(-1))).toEqual(['first', null, null]);
  });

  it('drops series that are zero everywhere, keeping the others aligned', () => {
    expect(withoutEmptySeries(data)).toEqual({
      categories: ['2018-01', '2018-02'],
      series: ['outbound', 'inbound'],
      values: [
        [3, 1],
        [2, 0],
      ],
    });
  });

  it('knows an all-zero chart is empty', () => {
    expect(hasValues(data)).toBe(true);
    expect(hasValues({ categories: ['a'], series: ['x'], values: [[0]] })).toBe(false);
  });
});
