import { Box, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet, IconPhoto, IconTable } from '@tabler/icons-react';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFor, toCsv, type Table } from '../../../shared/tables/table';
import { platform } from '../../platform';
import { Section } from '../common/Section';
import { chartPng } from './chart-export';
import type { ChartTheme } from './chart-theme';
import { DataTable } from './DataTable';
import type { SeriesStyle } from './BarChartView';

type Props = {
  /** A stable name for tests and for the page's anchors. */
  id: string;
  table: Table;
  intro?: string;
  /** Said in a dimmed line when the filters cannot apply to this chart as they do to the others. */
  note?: string;
  empty: boolean;
  legend: SeriesStyle[];
  theme: ChartTheme;
  chart: ReactNode;
  children?: ReactNode;
};

/**
 * One dashboard chart in a titled card, with its table view (same numbers, for screen readers and
 * for reading exact values) and its exports: the table as CSV, the chart as PNG.
 */
export function ChartCard({ id, table, intro, note, empty, legend, theme, chart, children }: Props) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const chartRef = useRef<HTMLDivElement>(null);

  const save = async (name: string, data: () => Promise<string | Uint8Array>) => {
    try {
      if (await platform.saveFile(name, await data())) notifications.show({ message: t('dashboard.saved', { file: name }), color: 'green' });
    } catch {
      notifications.show({ message: t('dashboard.saveFailed'), color: 'red' });
    }
  };
  const saveCsv = () => save(fileNameFor(table.title, 'csv'), async () => toCsv(table));
  const savePng = () => {
    const svg = chartRef.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg');
    if (!svg) return;
    void save(fileNameFor(table.title, 'png'), () => chartPng(svg, { title: table.title, legend, theme }));
  };

  return (
    <Section title={table.title} intro={intro}>
      <Box data-testid={`dashboard-${id}`} style={{ display: 'contents' }}>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
        <Group gap="xs" justify="flex-end">
          <Button
            size="xs"
            variant={showTable ? 'filled' : 'default'}
            aria-pressed={showTable}
            leftSection={<IconTable size={16} aria-hidden />}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {t('dashboard.showTable')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => void saveCsv()}>
            {t('dashboard.saveCsv')}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconPhoto size={16} aria-hidden />} onClick={savePng} disabled={empty}>
            {t('dashboard.savePng')}
          </Button>
        </Group>
        {empty ? (
          <Text c="dimmed" ta="center" py="lg">
            {t('dashboard.empty')}
          </Text>
        ) : (
          <div ref={chartRef} role="img" aria-label={t('dashboard.chartLabel', { title: table.title })}>
            {chart}
          </div>
        )}
        {children}
        {showTable && <DataTable table={table} testId={`dashboard-${id}-table`} />}
      </Box>
    </Section>
  );
}
