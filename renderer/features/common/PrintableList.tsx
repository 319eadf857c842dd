import { Stack, Text, Title, type StackProps } from '@mantine/core';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import classes from './ListPrint.module.css';

export type PrintedListProps = {
  /** The list's name, the printed page's title. */
  title: string;
  /** The filters applied, each as its name and value (["Country", "Japan"]); none prints "all records". */
  filters: ReadonlyArray<readonly [string, string]>;
  /** How the rows are ordered, if the user chose ("Name, ascending"). */
  order?: string;
  count: number;
  /** Wide tables (the dues ledger's years) print on landscape pages. */
  wide?: boolean;
};

/**
 * A list screen that prints cleanly: on paper only its children marked `data-print-keep` remain,
 * under a title that says which list, with which filters, how many rows and when it was printed.
 */
export function PrintableList({ title, filters, order, count, wide = false, children, ...props }: PrintedListProps & StackProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack className={classes.list} data-print-list={wide ? 'wide' : ''} {...props}>
      <div className={classes.printOnly} data-print-keep data-testid="print-header">
        <Title order={1} size="h3">
          {title}
        </Title>
        <dl className={classes.facts}>
          {filters.length > 0 ? (
            filters.map(([name, value]) => (
              <Fragment key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </Fragment>
            ))
          ) : (
            <>
              <dt>{t('lists.filters')}</dt>
              <dd>{t('lists.noFilters')}</dd>
            </>
          )}
          {order && (
            <>
              <dt>{t('lists.order')}</dt>
              <dd>{order}</dd>
            </>
          )}
        </dl>
        <Text size="sm" c="dimmed">
          {t('lists.printed', { date: format.dateTime(new Date().toISOString()), count: format.number(count) })}
        </Text>
      </div>
      {children}
    </Stack>
  );
}
