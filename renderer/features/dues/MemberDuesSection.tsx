import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MemberRecord } from '../../../shared/domain/member';
import { rightsApart } from '../../../shared/governance/voting-rights';
import { useFormat } from '../../i18n/use-format';
import { Section } from '../common/Section';
import { todayIso } from '../committees/use-as-of';
import { ledgerRows, ledgerYears, STATUS_COLOURS } from './ledger-grid';
import { ElectionBadge, RightsBadge, useElectionReason, useRightsReason, useVoteReason } from './RightsBadge';
import { useLedger } from './use-ledger';

/**
 * On a member's page: whether it has its vote and its right to elect and be elected today, why,
 * and its dues year by year. Computed from the ledger every time; nothing here is stored.
 */
export function MemberDuesSection({ member }: { member: MemberRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ledger = useLedger();
  const reason = useRightsReason();
  const voteReason = useVoteReason();
  const electionReason = useElectionReason();
  if (!ledger) return null;
  const asOf = todayIso();
  const years = ledgerYears(ledger, asOf);
  const row = ledgerRows({ ...ledger, members: [member] }, years, asOf)[0];
  const apart = row.rights && rightsApart(row.rights);
  return (
    <Section title={t('governance.rights.title')}>
      <Stack gap="xs" data-testid="member-rights">
        <Text size="sm" c="dimmed">
          {t('governance.rights.asOf', { date: format.date(asOf) })}
        </Text>
        <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="vote-right">
          <RightsBadge rights={row.rights} />
          {apart && <Text size="sm">{voteReason(apart.vote)}</Text>}
        </Group>
        {apart && (
          <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="election-right">
            <ElectionBadge rights={row.rights} />
            <Text size="sm">{electionReason(apart.election)}</Text>
          </Group>
        )}
        {row.rights && <Text data-testid="rights-reason">{reason(row.rights)}</Text>}
        {member.kind === 'member' && (
          <Group gap={6} wrap="wrap" aria-label={t('governance.dues.title')}>
            {years.map((year, index) => {
              const cell = row.cells[index];
              const status = cell.kind === 'entry' ? cell.entry.status : cell.kind;
              if (status === 'notOwed') return null;
              return (
                <Badge key={year} variant="light" color={STATUS_COLOURS[status]} data-year={year} data-status={status}>
                  {format.year(year)}: {t(`governance.dues.${status}`)}
                </Badge>
              );
            })}
          </Group>
        )}
        <Anchor component={Link} to="/dues" size="sm">
          {t('governance.dues.open')}
        </Anchor>
      </Stack>
    </Section>
  );
}
