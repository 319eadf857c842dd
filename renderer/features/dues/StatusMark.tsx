import { ThemeIcon, Tooltip, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconCashOff, IconCheck, IconClockPause, IconHourglass, IconMinus, IconX, type Icon } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUS_COLOURS, type CellStatus } from './ledger-grid';

const STATUS_ICONS: Record<CellStatus, Icon> = {
  paid: IconCheck,
  waived: IconCashOff,
  postponed: IconClockPause,
  unpaid: IconX,
  notDue: IconHourglass,
  notOwed: IconMinus,
};

/** A status's word, as the legend, tooltips and screen readers give it. */
export function useStatusWord(): (status: CellStatus) => string {
  const { t } = useTranslation();
  return (status) => (status === 'notOwed' ? t('governance.ledger.notOwed') : t(`governance.dues.${status}`));
}

/** A status as colour and icon alone, for the legend beside its word. */
export function StatusIcon({ status }: { status: CellStatus }) {
  const StatusGlyph = STATUS_ICONS[status];
  return (
    <ThemeIcon
      variant={status === 'unpaid' ? 'filled' : status === 'notOwed' || status === 'notDue' ? 'default' : 'light'}
      color={STATUS_COLOURS[status]}
      size={26}
      radius="sm"
      aria-hidden
    >
      <StatusGlyph size={16} stroke={2.2} />
    </ThemeIcon>
  );
}

type Props = { status: CellStatus; member: string; year: number; detail?: string; onEdit?: () => void };

/**
 * One fiscal year of one member as colour and icon, narrow enough for a laptop: the full word (and
 * what was received) shows on hover and focus, and screen readers hear it with the member and year.
 * A button where this laptop may record the year.
 */
export function StatusMark({ status, member, year, detail, onEdit }: Props) {
  const { t } = useTranslation();
  const word = useStatusWord()(status);
  const detailId = useId();
  const name = t('governance.ledger.cellStatus', { member, year, status: word });
  const tip = detail ? `${word} · ${detail}` : word;
  const described = detail ? { 'aria-describedby': detailId } : {};
  return (
    <>
      <Tooltip label={tip} withArrow openDelay={150} events={{ hover: true, focus: true, touch: true }}>
        {onEdit ? (
          <UnstyledButton onClick={onEdit} aria-label={name} data-status={status} {...described}>
            <StatusIcon status={status} />
          </UnstyledButton>
        ) : (
          <span role="img" aria-label={name} data-status={status} {...described}>
            <StatusIcon status={status} />
          </span>
        )}
      </Tooltip>
      {detail && <VisuallyHidden id={detailId}>{detail}</VisuallyHidden>}
    </>
  );
}
