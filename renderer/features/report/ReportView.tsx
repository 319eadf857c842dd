import { Button, Group, List, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { IconFileSpreadsheet, IconTable } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { sectionHeading, type AnnualReport, type ReportBlock, type ReportSection, type ReportTable } from '../../../shared/report/model';
import type { Cell } from '../../../shared/tables/table';
import { useFormat } from '../../i18n/use-format';
import classes from './ReportPage.module.css';
import { saveTableCsv, saveTableXlsx } from './report-exports';

/**
 * The annual report on screen, drawn from the same model as the HTML file and the PDF. The report
 * speaks its own language (`lang` on the article); the export buttons beside each table speak
 * the UI language and say so with their own `lang`, for screen readers.
 */
export function ReportView({ report }: { report: AnnualReport }) {
  return (
    <article lang={report.locale} className={classes.report} data-report-root data-testid="report">
      <Stack gap="xl">
        <header className={classes.cover}>
          <Text c="dimmed">{report.organisation}</Text>
          <Title order={2}>{report.title}</Title>
        </header>
        {report.sections.map((section) => (
          <SectionView key={section.id} section={section} />
        ))}
      </Stack>
    </article>
  );
}

function SectionView({ section }: { section: ReportSection }) {
  const titleId = `report-${section.id}`;
  return (
    <section className={classes.chapter} aria-labelledby={titleId} data-testid={`report-section-${section.id}`}>
      <Stack gap="sm">
        <Title order={3} id={titleId}>
          {sectionHeading(section)}
        </Title>
        {section.blocks.map((block, index) => (
          <BlockView key={index} block={block} />
        ))}
      </Stack>
    </section>
  );
}

function BlockView({ block }: { block: ReportBlock }) {
  switch (block.kind) {
    case 'heading':
      return (
        <Title order={(block.level + 3) as TitleOrder} mt="sm">
          {block.text}
        </Title>
      );
    case 'paragraph':
      return <Text lang={block.lang}>{block.text}</Text>;
    case 'placeholder':
      return (
        <Text className={classes.placeholder} data-testid="report-placeholder">
          {block.text}
        </Text>
      );
    case 'list':
      return (
        <List type={block.ordered ? 'ordered' : 'unordered'} spacing={4}>
          {block.items.map((item, index) => (
            <List.Item key={index}>{item}</List.Item>
          ))}
        </List>
      );
    case 'facts':
      return (
        <dl className={classes.facts}>
          {block.rows.map(([label, value]) => (
            <Fact key={label} label={label} value={value} />
          ))}
        </dl>
      );
    case 'table':
      return <TableView table={block} />;
  }
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** The mark for an empty cell, as the 2018 report prints "-" where a committee has not met. */
const EMPTY_CELL = '–';
/** Tables with at most this many columns keep their natural width. */
const NARROW_COLUMNS = 3;

function TableView({ table: reportTable }: { table: ReportTable }) {
  const { table, numeric, nowrap = [], id } = reportTable;
  const cellClass = (index: number) => (numeric.includes(index) ? classes.num : nowrap.includes(index) ? classes.nowrap : undefined);
  const format = (cell: Cell) => (cell === null || cell === '' ? EMPTY_CELL : String(cell));
  // Count and list tables (up to three columns) read better at their own width than stretched.
  const narrow = table.columns.length <= NARROW_COLUMNS;
  return (
    <Stack gap={4}>
      <TableExports table={reportTable} align={narrow ? 'flex-start' : 'flex-end'} />
      <Table.ScrollContainer minWidth={table.columns.length > 4 ? 760 : 0}>
        <Table
          striped
          withTableBorder
          withColumnBorders
          w={narrow ? 'auto' : undefined}
          miw={narrow ? '24rem' : undefined}
          data-testid={`report-table-${id}`}
        >
          <Table.Caption className={classes.caption}>{table.title}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {table.columns.map((column, index) => (
                <Table.Th key={index} scope="col" className={cellClass(index)}>
                  {column}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((row, rowIndex) => (
              <Table.Tr key={rowIndex}>
                {row.map((cell, index) => (
                  <Table.Td key={index} className={cellClass(index)}>
                    {format(cell)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** CSV and XLSX buttons for one table, labelled in the UI language with the table's title; aligned with the table's edge. */
function TableExports({ table, align }: { table: ReportTable; align: 'flex-start' | 'flex-end' }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const label = (format: string) => t('report.ui.exportTable', { format, table: table.table.title });
  return (
    <Group gap="xs" justify={align} lang={locale} className={classes.tableExports} role="group" aria-label={t('report.ui.tableExports')}>
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconTable size={14} aria-hidden />}
        aria-label={label(t('files.csv'))}
        onClick={() => void saveTableCsv(table, t)}
        data-testid={`export-csv-${table.id}`}
      >
        {t('files.csv')}
      </Button>
      <Button
        size="compact-xs"
        variant="default"
        leftSection={<IconFileSpreadsheet size={14} aria-hidden />}
        aria-label={label(t('files.xlsx'))}
        onClick={() => void saveTableXlsx(table, t)}
        data-testid={`export-xlsx-${table.id}`}
      >
        {t('files.xlsx')}
      </Button>
    </Group>
  );
}
