import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemResult, RollCallSummary } from '../../../shared/governance/assembly';
import type { DecidingBody } from '../../../shared/governance/decisions';
import { INTL_TAGS } from '../../../shared/i18n/locales';
import { useFormat, type Formatters } from '../../i18n/use-format';

/** Names joined as the UI language joins a list ("A, B and C", "A、B和C"). */
function listOf(names: readonly string[], format: Formatters): string {
  return new Intl.ListFormat(INTL_TAGS[format.locale], { type: 'conjunction' }).format(names);
}

/**
 * Who decides at an executive committee, and what: its members (Charter Art. 10), and the Art. 8
 * items Art. 9-2 delegates to it in a year without a General Assembly. Nothing for the Assembly.
 */
export function DecidingBodyText({ body }: { body: DecidingBody }) {
  const { t } = useTranslation();
  if (body.kind !== 'executiveCommittee') return null;
  return (
    <Text size="sm" data-testid="delegation">
      {t('governance.delegation.executive')} {t(body.assemblyYear ? 'governance.delegation.assemblyYear' : 'governance.delegation.noAssembly')}
    </Text>
  );
}

/**
 * The quorum in one sentence: how many attend of how many with voting rights, and how many were
 * needed; how many may vote and how many may elect and be elected; then whom the meeting admitted,
 * left out of the count.
 */
export function QuorumText({ summary, admittedNames = [] }: { summary: RollCallSummary; admittedNames?: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { quorum } = summary;
  return (
    <Stack gap={4}>
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
            count: quorum.eligible,
          })}
        </Text>
      </Group>
      <Text size="sm" data-testid="rights-counts">
        {t('governance.rollCall.rightsCounts', { count: summary.eligible, votes: format.number(summary.eligible), elect: format.number(summary.electing) })}
      </Text>
      {admittedNames.length > 0 && (
        <Text size="sm" data-testid="admitted-here">
          {t('governance.rollCall.admittedHere', {
            names: listOf(admittedNames, format),
            after: format.number(summary.members + summary.admittedHere.length),
          })}
        </Text>
      )}
    </Stack>
  );
}

/**
 * An agenda item's result with its arithmetic: the rule, the votes needed of those attending, the
 * votes in favour; or the result as recorded where nobody counted, with no number made up.
 */
export function ItemResultText({ result, willingNames = [] }: { result: ItemResult; willingNames?: string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (result.kind === 'unclassified') {
    return (
      <Text size="sm" c="dimmed" data-testid="item-result" data-result="unclassified">
        {t('governance.agenda.unclassified')}
      </Text>
    );
  }
  if (result.kind === 'notCompetent') {
    return (
      <Text size="sm" c="red" data-testid="item-result" data-result="notCompetent">
        {t(`governance.agenda.notCompetent.${result.reason}`)}
      </Text>
    );
  }
  const rule = t(`governance.rules.${result.rule}`);
  const basis = result.basis === 'charter9-2' ? <Text size="sm">{t('governance.agenda.delegated')}</Text> : null;
  const condition = result.condition && (
    <Text size="sm" c={result.condition.met ? undefined : 'red'} data-testid="replacement-condition" data-met={result.condition.met}>
      {result.condition.met ? t('governance.agenda.willing', { names: listOf(willingNames, format) }) : t('governance.agenda.noWilling')}
    </Text>
  );
  if (result.kind === 'noVotes') {
    return (
      <Stack gap={4}>
        {basis}
        {condition}
        <Text size="sm" c="dimmed" data-testid="item-result" data-result="noVotes">
          {t('governance.agenda.noVotes', { rule })}
        </Text>
      </Stack>
    );
  }
  if (result.kind === 'recorded') {
    const adopted = result.outcome === 'adopted';
    return (
      <Stack gap={4}>
        {basis}
        {condition}
        <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="item-result" data-result={adopted ? 'adopted' : 'rejected'}>
          <Badge color={adopted ? 'teal' : 'red'} variant="outline" style={{ flexShrink: 0 }}>
            {t(`governance.agenda.recorded.${result.outcome}`)}
          </Badge>
          <Text size="sm">{t('governance.agenda.uncheckable', { rule })}</Text>
        </Group>
      </Stack>
    );
  }
  const { vote, quorum } = result;
  return (
    <Stack gap={4}>
      {basis}
      {condition}
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
    </Stack>
  );
}
