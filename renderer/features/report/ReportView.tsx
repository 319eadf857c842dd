import { Button, Group, List, Stack, Table, Text, Title, type TitleOrder } from '@mantine/core';
import { IconFileSpreadsheet, IconTable } from '@tabler/icons-react';
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale } from '../../../shared/i18n/locales';
import { sectionHeading, type AnnualReport, type FallbackNote, type ReportBlock, type ReportSection, type ReportTable, type TextSource } from '../../../shared/report/model';
import { columnPercentages, reportPageCss } from '../../../shared/report/print-page';
import type { Cell } from '../../../shared/tables/table';
import { useFormat } from '../../i18n/use-format';
import classes from './ReportPage.module.css';
import { saveTableCsv, saveTableXlsx } from './report-exports';

/** The report's notes on texts from other languages, so each mark can say what it means. */
const FallbackNotes = createContext<readonly FallbackNote[]>([]);

/**
 * The annual report on screen, drawn from the same model as the HTML file and the PDF. The report
 * speaks its own language (`lang` on the article); the export buttons beside each table speak
 * the UI language and say so with their own `lang`, for screen readers. Printed, the cover and
 * contents fill the first page and the page rules add the running footer.
 */
export function ReportView({ report }: { report: AnnualReport }) {
  return (
    <article lang={report.locale} className={classes.report} data-report-root data-testid="report">
      <style>{reportPageCss(report)}</style>
      <FallbackNotes.Provider value={report.fallbackNotes}>
        <Stack gap="xl">
          <Cover report={report} />
          {report.sections.map((section) => (
            <SectionView key={section.id} section={section} />
          ))}
        </Stack>
      </FallbackNotes.Provider>
    </article>
  );
}

/** Title page: who, what, which edition; printed, also the contents and what the language marks mean. */
function Cover({ report }: { report: AnnualReport }) {
  return (
    <header className={classes.cover} data-testid="report-cover">
      <Text c="dimmed">{report.organisation}</Text>
      <Title order={2}>{report.title}</Title>
      <Text className={classes.edition}>{report.edition}</Text>
      <nav className={classes.printOnly} aria-label={report.contentsLabel}>
        <Text fw={600} mt="xl">
          {report.contentsLabel}
        </Text>
        <List spacing={2}>
          {report.sections.map((section) => (
            <List.Item key={section.id}>{sectionHeading(section)}</List.Item>
          ))}
        </List>
      </nav>
      {report.fallbackNotes.length > 0 && (
        <List className={classes.printOnly} listStyleType="none" mt="lg" size="sm">
          {report.fallbackNotes.map((note) => (
            <List.Item key={note.from}>
              <sup className={classes.fallback}>{note.tag}</sup> {note.summary}
            </List.Item>
          ))}
        </List>
      )}
    </header>
  );
}

/** A record text, marked when it was taken from another language than the report's. */
function Marked({ text, from }: { text: string; from?: TextSource }) {
  const notes = useContext(FallbackNotes);
  const note = from && notes.find((candidate) => candidate.from === from);
  if (!note) return text;
  return (
    <>
      <span lang={isLocale(from) ? from : undefined}>{text}</span>
      <sup className={classes.fallback} title={note.mark} data-testid="fallback-mark">
        <span aria-hidden>{note.tag}</span>
        <span className={classes.srOnly}>{note.mark}</span>
      </sup>
    </>
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
          <Marked text={block.text} from={block.from} />
        </Title>
      );
    case 'paragraph':
      return (
        <Text>
          <Marked text={block.text} from={block.from} />
        </Text>
      );
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
            <List.Item key={index}>
              <Marked text={item.text} from={item.from} />
            </List.Item>
          ))}
        </List>
      );
    case 'facts':
      return (
        <dl className={classes.facts}>
          {block.rows.map(([label, value, from]) => (
            <Fact key={label} label={label} value={value} from={from} />
          ))}
        </dl>
      );
    case 'table':
      return <TableView table={block} />;
  }
}

function Fact({ label, value, from }: { label: string; value: string; from?: TextSource }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <Marked text={value} from={from} />
      </dd>
    </>
  );
}

/** The mark for an empty cell, as the 2018 report prints "-" where a committee has not met. */
const EMPTY_CELL = '–';
/** Tables with at most this many columns keep their natural width. */
const NARROW_COLUMNS = 3;

function TableView({ table: reportTable }: { table: ReportTable }) {
  const { table, numeric, nowrap = [], id, widths, marks = [] } = reportTable;
  const cellClass = (index: number) => (numeric.includes(index) ? classes.num : nowrap.includes(index) ? classes.nowrap : undefined);
  const format = (cell: Cell) => (cell === null || cell === '' ? EMPTY_CELL : String(cell));
  const markOf = (row: number, column: number) => marks.find((mark) => mark.row === row && mark.column === column)?.from;
  // Count and list tables (up to three columns) read better at their own width than stretched.
  const narrow = table.columns.length <= NARROW_COLUMNS;
  return (
    <Stack gap={4}>
      <TableExports table={reportTable} align={narrow ? 'flex-start' : 'flex-end'} />
      {/* Native scrolling: Mantine's ScrollArea would be one unbreakable box in print, drawn over what follows it. */}
      <Table.ScrollContainer type="native" minWidth={table.columns.length > 4 ? 760 : 0}>
        <Table
          striped
          withTableBorder
          withColumnBorders
          w={narrow ? 'auto' : undefined}
          miw={narrow ? '24rem' : undefined}
          data-testid={`report-table-${id}`}
        >
          <Table.Caption className={classes.caption}>
            <Marked text={table.title} from={reportTable.titleFrom} />
          </Table.Caption>
          {widths && <ColumnWidths widths={widths} />}
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
                    <Marked text={format(cell)} from={markOf(rowIndex, index)} />
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

/** Relative column widths as percentages, so a wide table shares the page as its content needs. */
function ColumnWidths({ widths }: { widths: readonly number[] }) {
  return (
    <colgroup>
      {columnPercentages(widths).map((width, index) => (
        <col key={index} style={{ width }} />
      ))}
    </colgroup>
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
