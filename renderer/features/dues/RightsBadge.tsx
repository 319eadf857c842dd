import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rightsApart, type RightsApart, type VotingRights } from '../../../shared/governance/voting-rights';

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

/**
 * The right to elect and be elected to the offices of Charter Art. 7 (chair, auditors) in a word,
 * shown beside the vote: the Charter names it apart, though the same facts take both away.
 */
export function ElectionBadge({ rights }: { rights: VotingRights | undefined }) {
  const label = useElectionLabel();
  if (!rights) return null;
  const { election } = rightsApart(rights);
  return (
    <Badge variant="outline" color={election.holds ? 'teal' : 'red'} size="sm" data-testid="election-badge" data-holds={election.holds}>
      {label(rights)}
    </Badge>
  );
}

/**
 * Both rights in sight, each in its own words (the vote of Charter Art. 9(1), the right to elect
 * and be elected of Art. 7), and, for a member whose standing needs saying (an associate, a year or
 * more owed, rights regained by paying again), the rule and the years in a line under them: on a
 * long list nothing can rest in a tooltip, which neither the keyboard nor a screen reader reaches.
 */
export function RightsInWords({ rights }: { rights: VotingRights | undefined }) {
  const reason = useRightsReason();
  const why = rights && (rights.reason !== 'inGoodStanding' || rights.unpaidYears.length > 0) ? reason(rights) : undefined;
  return (
    <Stack gap={2} align="flex-start">
      <Group gap={6}>
        <RightsBadge rights={rights} />
        <ElectionBadge rights={rights} />
      </Group>
      {why && (
        <Text size="xs" c="dimmed" data-testid="rights-why">
          {why}
        </Text>
      )}
    </Stack>
  );
}

/** The right to elect and be elected in words, as its badge says it (for export). */
export function useElectionLabel(): (rights: VotingRights | undefined) => string {
  const { t } = useTranslation();
  return (rights) => (rights ? t(rightsApart(rights).election.holds ? 'governance.rights.elects' : 'governance.rights.noElection') : t('governance.rights.notMemberYet'));
}

/** The article a member's vote rests on, or the one that takes it away. */
export function useVoteReason(): (held: RightsApart['vote']) => string {
  const { t } = useTranslation();
  return (held) => t(`governance.rights.voteBasis.${held.basis}`);
}

/** The article a member's right to elect and be elected rests on, or the one that takes it away. */
export function useElectionReason(): (held: RightsApart['election']) => string {
  const { t } = useTranslation();
  return (held) => t(`governance.rights.electionBasis.${held.basis}`);
}
