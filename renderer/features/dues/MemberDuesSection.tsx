import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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
        {apart ? (
          <Table variant="vertical" layout="fixed" withTableBorder aria-label={t('governance.rights.title')}>
            <Table.Tbody>
              <RightRow testId="vote-right" label={t('governance.dues.vote')} badge={<RightsBadge rights={row.rights} />} reason={voteReason(apart.vote)} />
              <RightRow testId="election-right" label={t('governance.rights.electionLabel')} badge={<ElectionBadge rights={row.rights} />} reason={electionReason(apart.election)} />
            </Table.Tbody>
          </Table>
        ) : (
          <RightsBadge rights={row.rights} />
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

/** One right in the panel: its name, whether the member holds it, and the article why. */
function RightRow({ testId, label, badge, reason }: { testId: string; label: string; badge: ReactNode; reason: string }) {
  return (
    <Table.Tr data-testid={testId}>
      <Table.Th w={200}>{label}</Table.Th>
      <Table.Td>
        <Stack gap={4} align="flex-start">
          {badge}
          <Text size="sm">{reason}</Text>
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
