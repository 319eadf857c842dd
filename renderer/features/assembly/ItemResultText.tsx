import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemResult, RollCallSummary } from '../../../shared/governance/assembly';
import { useFormat } from '../../i18n/use-format';

/** The quorum in one sentence: how many attend of how many with voting rights, and how many were needed. */
export function QuorumText({ summary }: { summary: RollCallSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { quorum } = summary;
  return (
    <Group gap="xs" data-testid="quorum" data-met={quorum.met}>
      <Badge color={quorum.met ? 'teal' : 'red'} variant="light">
        {quorum.met ? t('governance.rollCall.quorumMet') : t('governance.rollCall.quorumNotMet')}
      </Badge>
      <Text size="sm">
        {t('governance.rollCall.quorumSentence', {
          present: format.number(summary.present),
          written: format.number(summary.written),
          attending: format.number(summary.attending),
          eligible: format.number(quorum.eligible),
          needed: format.number(quorum.needed),
        })}
      </Text>
    </Group>
  );
}

/** An agenda item's result with its arithmetic: the rule, the votes needed of those attending, the votes in favour. */
export function ItemResultText({ result }: { result: ItemResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (result.kind === 'unclassified') {
    return (
      <Text size="sm" c="dimmed" data-testid="item-result" data-result="unclassified">
        {t('governance.agenda.unclassified')}
      </Text>
    );
  }
  const rule = t(`governance.rules.${result.rule}`);
  if (result.kind === 'noVotes') {
    return (
      <Text size="sm" c="dimmed" data-testid="item-result" data-result="noVotes">
        {t('governance.agenda.noVotes', { rule })}
      </Text>
    );
  }
  const { vote, quorum } = result;
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="item-result" data-result={result.passed ? 'passed' : 'failed'}>
      <Badge color={result.passed ? 'teal' : 'red'} variant="filled" style={{ flexShrink: 0 }}>
        {result.passed ? t('governance.agenda.passed') : t('governance.agenda.failed')}
      </Badge>
      <Text size="sm">
        {quorum.met
          ? t('governance.agenda.arithmetic', {
              rule,
              needed: format.number(vote.needed),
              attending: format.number(vote.cast),
              inFavour: format.number(vote.inFavour),
            })
          : t('governance.agenda.noQuorum', { attending: format.number(quorum.attending), needed: format.number(quorum.needed) })}
      </Text>
    </Group>
  );
}
