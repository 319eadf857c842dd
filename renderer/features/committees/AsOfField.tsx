import { useTranslation } from 'react-i18next';
import { isWholeIsoDate } from '../../i18n/date-input';
import { useFormat } from '../../i18n/use-format';
import { DateField } from '../common/DateField';

type Props = { label: string; asOf: string; onChange: (asOf: string) => void; w?: number; 'data-testid'?: string };

/**
 * The date a page judges its data at. Only a whole date moves the page; while the text is not one,
 * the page stays at its last date and the field says which.
 */
export function AsOfField({ label, asOf, onChange, w, 'data-testid': testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DateField
      label={label}
      value={asOf}
      onChange={(value) => {
        if (isWholeIsoDate(value)) onChange(value);
      }}
      allowEmpty={false}
      invalidHint={t('dates.stillShowing', { date: format.date(asOf) })}
      w={w}
      data-testid={testId}
    />
  );
}
