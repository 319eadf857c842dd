import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityBasis, CommitteeActivity } from '../../../shared/governance/committee-activity';
import { precisionOf } from '../../../shared/domain/partial-date';
import { useFormat } from '../../i18n/use-format';

const COLORS = { active: 'teal', inactive: 'red', retired: 'gray', undated: 'yellow' } as const;
export const STATUS_LABELS = {
  active: 'committees.statusActive',
  inactive: 'committees.statusInactive',
  retired: 'committees.statusRetired',
  undated: 'committees.statusUndated',
} as const;

/** A last meeting in words: its date as precisely as known, "or earlier" where the record says only that. */
export function useLastMeetingWords(): (last: { on: string; orEarlier?: boolean } | undefined) => string | null {
  const { t } = useTranslation();
  const format = useFormat();
  return (last) => (last ? (last.orEarlier ? t('record.activity.orEarlier', { date: format.date(last.on) }) : format.date(last.on)) : null);
}

/** Whether the idle months are counted from the end of a period rather than from a known day: then they are "at least". */
const countedFromPeriodEnd = (basis: ActivityBasis) => basis.kind !== 'founding' && (precisionOf(basis.on) !== 'day' || (basis.kind === 'meeting' && basis.orEarlier));

/** The explanation of a committee's activity status, in the user's language. */
export function useActivityHint(): (activity: CommitteeActivity) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const lastMeeting = useLastMeetingWords();
  const basisWords = (basis: ActivityBasis) => {
    if (basis.kind === 'founding') return t('record.activity.founding', { year: format.year(basis.year) });
    if (basis.kind === 'activity') return t('record.activity.activity', { date: format.date(basis.on) });
    return t('record.activity.meeting', { date: lastMeeting(basis) });
  };
  return (activity) => {
    switch (activity.status) {
      case 'retired':
        return t('committees.retiredHint', { date: format.date(activity.retiredOn) });
      case 'inactive': {
        const months = format.number(activity.idleMonths);
        const idle = countedFromPeriodEnd(activity.basis) ? t('record.activity.idleAtLeast', { months }) : t('record.activity.idle', { months });
        return `${basisWords(activity.basis)} ${idle}`;
      }
      case 'active':
        return basisWords(activity.basis);
      case 'undated':
        return t('committees.undatedHint');
    }
  };
}

/** A coloured badge (with the reason on hover and for screen readers) for Committee Regulation Art. 5-7. */
export function CommitteeStatusBadge({ activity }: { activity: CommitteeActivity }) {
  const { t } = useTranslation();
  const hint = useActivityHint()(activity);
  return (
    <Tooltip label={hint} multiline w={280} withArrow>
      <Badge
        color={COLORS[activity.status]}
        variant={activity.status === 'inactive' ? 'filled' : 'light'}
        aria-label={`${t(STATUS_LABELS[activity.status])}: ${hint}`}
        data-status={activity.status}
        tabIndex={0}
        style={{ overflow: 'visible', flexShrink: 0 }}
        styles={{ label: { overflow: 'visible' } }}
      >
        {t(STATUS_LABELS[activity.status])}
      </Badge>
    </Tooltip>
  );
}
