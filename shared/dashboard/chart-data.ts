import type { Cell, Table } from '../tables/table';

/**
 * The numbers behind one dashboard chart: one row per category (a month, a country, a year), one
 * column per series (a kind of activity, a year, a country). The same numbers feed the chart, its
 * table view and its CSV, so the three can never disagree.
 */
export type ChartData<C extends string | number = string, S extends string | number = string> = {
  categories: C[];
  series: S[];
  /** values[category][series]. */
  values: number[][];
};

/** What a table needs that the numbers do not carry: words in the UI language. */
export type TableLabels<C, S> = {
  title: string;
  /** Header of the first column (what the categories are: "Month", "Country"). */
  category: string;
  categoryLabel(category: C): Cell;
  seriesLabel(series: S): string;
  /** Header of the total column and label of the total row; no totals when absent. */
  total?: string;
  /** Further columns after the series (and the total), one cell per category. */
  extra?: Array<{ header: string; cell(category: C, index: number): Cell }>;
};

/** The sum of each category's values. */
export function categoryTotals(data: ChartData<string | number, string | number>): number[] {
  return data.values.map((row) => row.reduce((sum, value) => sum + value, 0));
}

/** The sum of each series over all categories. */
export function seriesTotals(data: ChartData<string | number, string | number>): number[] {
  const totals = data.series.map(() => 0);
  for (const row of data.values) row.forEach((value, index) => (totals[index] += value));
  return totals;
}

/** Whether a chart has anything to show. */
export function hasValues(data: ChartData<string | number, string | number>): boolean {
  return data.values.some((row) => row.some((value) => value !== 0));
}

/** The chart's numbers as a table, with a total column and a total row when `labels.total` is given. */
export function chartTable<C extends string | number, S extends string | number>(data: ChartData<C, S>, labels: TableLabels<C, S>): Table {
  const extra = labels.extra ?? [];
  const totals = categoryTotals(data);
  const columns = [labels.category, ...data.series.map(labels.seriesLabel), ...(labels.total ? [labels.total] : []), ...extra.map((column) => column.header)];
  const rows: Cell[][] = data.categories.map((category, index) => [
    labels.categoryLabel(category),
    ...data.values[index],
    ...(labels.total ? [totals[index]] : []),
    ...extra.map((column) => column.cell(category, index)),
  ]);
  if (labels.total && data.categories.length > 1) {
    const grand = totals.reduce((sum, value) => sum + value, 0);
    rows.push([labels.total, ...seriesTotals(data), grand, ...extra.map(() => null)]);
  }
  return { title: labels.title, columns, rows };
}

/** Keeps the series with at least one non-zero value, so a chart's legend lists only what it shows. */
export function withoutEmptySeries<C extends string | number, S extends string | number>(data: ChartData<C, S>): ChartData<C, S> {
  const totals = seriesTotals(data);
  const keep = data.series.flatMap((_, index) => (totals[index] !== 0 ? [index] : []));
  if (keep.length === data.series.length) return data;
  return {
    categories: data.categories,
    series: keep.map((index) => data.series[index]),
    values: data.values.map((row) => keep.map((index) => row[index])),
  };
}
