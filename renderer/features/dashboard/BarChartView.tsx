import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartData } from '../../../shared/dashboard/chart-data';
import { useFormat } from '../../i18n/use-format';
import type { ChartTheme } from './chart-theme';

export type SeriesStyle = { label: string; color: string };

type Props<C extends string | number, S extends string | number> = {
  data: ChartData<C, S>;
  categoryLabel(category: C): string;
  series: SeriesStyle[];
  theme: ChartTheme;
  /** Horizontal bars with categories down the side: for long names (committees). */
  horizontal?: boolean;
  /** Room for the category labels beside horizontal bars. */
  categoryWidth?: number;
  /** Categories whose label is drawn in the alert colour (inactive committees). */
  flagged?: ReadonlySet<C>;
  height: number;
};

/** Room for a committee's name beside a horizontal bar, in two lines. */
const COMMITTEE_WIDTH = 230;
/** Room for a country's name beside a horizontal bar ("Republic of Korea", "Республика Корея"). */
export const COUNTRY_WIDTH = 130;
/** Up to this many categories, every one is labelled. */
const MAX_LABELLED = 12;

type TickProps = {
  x?: number | string;
  y?: number | string;
  /** The axis' length and how many ticks share it: a label may take its share, and no more. */
  width?: number | string;
  visibleTicksCount?: number;
  payload?: { value: string; index: number };
};

/**
 * A stacked bar chart of one ChartData, drawn without animation (the numbers change with every
 * filter, and a saved PNG must show the bars in full). Colours are concrete values for the same reason.
 */
export function BarChartView<C extends string | number, S extends string | number>({
  data,
  categoryLabel,
  series,
  theme,
  horizontal = false,
  categoryWidth = COMMITTEE_WIDTH,
  flagged,
  height,
}: Props<C, S>) {
  const format = useFormat();
  const rows = data.categories.map((category, index) => ({
    label: categoryLabel(category),
    ...Object.fromEntries(data.values[index].map((value, column) => [`s${column}`, value])),
  }));
  const flaggedLabels = new Set(data.categories.filter((category) => flagged?.has(category)).map(categoryLabel));
  const axisTick = { fill: theme.text, fontSize: 12 };
  const renderCategoryTick = ({ x, y, width, visibleTicksCount, payload }: TickProps) => (
    <Text
      x={Number(x)}
      y={Number(y)}
      width={horizontal ? categoryWidth - 10 : Math.max(40, Number(width) / (visibleTicksCount || 1) - 4)}
      maxLines={2}
      textAnchor={horizontal ? 'end' : 'middle'}
      verticalAnchor={horizontal ? 'middle' : 'start'}
      fontSize={12}
      fill={payload && flaggedLabels.has(payload.value) ? theme.alert : theme.text}
      fontWeight={payload && flaggedLabels.has(payload.value) ? 700 : 400}
    >
      {payload?.value ?? ''}
    </Text>
  );
  const valueAxis = { type: 'number' as const, allowDecimals: false, tick: axisTick, tickFormatter: (value: number) => format.number(value), stroke: theme.grid };
  // Few categories (countries, years) each get their label, wrapped; many (months) are thinned out.
  const interval = data.categories.length <= MAX_LABELLED ? 0 : ('preserveStartEnd' as const);
  const categoryAxis = { type: 'category' as const, dataKey: 'label', tick: renderCategoryTick, stroke: theme.grid, interval };
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke={theme.grid} strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
        {horizontal ? (
          <>
            <XAxis {...valueAxis} />
            <YAxis {...categoryAxis} width={categoryWidth} interval={0} />
          </>
        ) : (
          <>
            <XAxis {...categoryAxis} height={44} />
            <YAxis {...valueAxis} width={56} />
          </>
        )}
        <Tooltip
          formatter={(value) => format.number(Number(value))}
          contentStyle={{ background: theme.background, borderColor: theme.grid, color: theme.text }}
          labelStyle={{ color: theme.text, fontWeight: 600 }}
          cursor={{ fill: theme.grid, fillOpacity: 0.4 }}
        />
        <Legend
          wrapperStyle={{ fontSize: 12 }}
          // Series keep their own order (months, kinds, years), and legend text stays readable in any series colour.
          itemSorter={null}
          formatter={(value) => <span style={{ color: theme.text }}>{value}</span>}
        />
        {series.map((style, column) => (
          <Bar key={column} dataKey={`s${column}`} name={style.label} stackId="all" fill={style.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
