import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommitteeActivity } from '../../../shared/governance/committee-activity';
import { useFormat } from '../../i18n/use-format';

const COLORS = { active: 'teal', inactive: 'red', retired: 'gray', undated: 'yellow' } as const;
export const STATUS_LABELS = {
  active: 'committees.statusActive',
  inactive: 'committees.statusInactive',
  retired: 'committees.statusRetired',
  undated: 'committees.statusUndated',
} as const;

/** The explanation of a committee's activity status, in the user's language. */
export function useActivityHint(): (activity: CommitteeActivity) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (activity) => {
    switch (activity.status) {
      case 'retired':
        return t('committees.retiredHint', { date: format.date(activity.retiredOn) });
      case 'inactive':
        return t('committees.inactiveHint', { months: format.number(activity.idleMonths), since: format.date(activity.since) });
      case 'active':
        return t('committees.activeHint', { since: format.date(activity.since) });
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
