import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VotingRights } from '../../../shared/governance/voting-rights';

/** A member's vote in one word: votes, no vote (unpaid dues), or associate. */
export function RightsBadge({ rights }: { rights: VotingRights | undefined }) {
  const { t } = useTranslation();
  if (!rights) return <Text c="dimmed">{t('governance.rights.notMemberYet')}</Text>;
  if (rights.reason === 'associate') {
    return (
      <Badge variant="light" color="grape">
        {t('governance.rights.associate')}
      </Badge>
    );
  }
  return rights.votes ? (
    <Badge variant="light" color="teal">
      {t('governance.rights.votes')}
    </Badge>
  ) : (
    <Badge variant="filled" color="red">
      {t('governance.rights.noVote')}
    </Badge>
  );
}

/** A member's vote in words, as the badge says it (for export and sorting). */
export function useRightsLabel(): (rights: VotingRights | undefined) => string {
  const { t } = useTranslation();
  return (rights) =>
    !rights
      ? t('governance.rights.notMemberYet')
      : rights.reason === 'associate'
        ? t('governance.rights.associate')
        : t(rights.votes ? 'governance.rights.votes' : 'governance.rights.noVote');
}

/** Why a member has its vote or not, in a sentence with the years concerned. */
export function useRightsReason(): (rights: VotingRights) => string {
  const { t } = useTranslation();
  return (rights) => {
    if (rights.reason === 'associate') return t('governance.rights.associateWhy');
    const years = rights.unpaidYears.join(', ');
    if (!rights.votes) return t('governance.rights.unpaidWhy', { years });
    if (rights.reason === 'paidAgain') return t('governance.rights.paidAgainWhy', { year: rights.paidFor, years });
    return rights.unpaidYears.length === 0 ? t('governance.rights.paidUpWhy') : t('governance.rights.oneUnpaidWhy', { years });
  };
}
