import { Button, Group, Stack, Text } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { itemAdopted, itemResult, summariseRollCall } from '../../../shared/governance/assembly';
import { useFormat } from '../../i18n/use-format';
import { Section } from '../common/Section';
import { DecidingBodyText, QuorumText } from './ItemResultText';
import { memberNames, useAssembly } from './use-assembly';

/** On a General Assembly's or executive committee's page: quorum, how many items passed, and the way to the roll call. */
export function AssemblySummary({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const assembly = useAssembly(meetingId);
  if (!assembly) return null;
  const { meeting, electorate, body, members } = assembly;
  const summary = summariseRollCall(meeting.rollCall, electorate);
  const results = meeting.agendaItems.map((_, item) => itemResult(meeting.decisions?.find((decision) => decision.item === item), summary, body));
  const passed = results.filter(itemAdopted).length;
  const decided = results.filter((result) => result.kind === 'decided').length;
  const recorded = results.filter((result) => result.kind === 'recorded').length;
  const admittedNames = memberNames(members, electorate.admittedHere, format);
  const counts = { passed: format.number(passed), decided: format.number(decided), recorded: format.number(recorded), total: format.number(meeting.agendaItems.length) };
  return (
    <Section title={t('governance.rollCall.summaryTitle')}>
      <Stack gap="xs" data-testid="assembly-summary">
        {meeting.rollCall ? <QuorumText summary={summary} admittedNames={admittedNames} /> : <Text c="dimmed">{t('governance.rollCall.notTaken')}</Text>}
        <DecidingBodyText body={body} />
        {meeting.agendaItems.length > 0 && (
          <Text size="sm" data-testid="items-passed">
            {t(recorded > 0 ? 'governance.agenda.passedCountRecorded' : 'governance.agenda.passedCount', counts)}
          </Text>
        )}
        <Group>
          <Button component={Link} to={`/activity/meetings/${meeting.id}/roll-call`} variant="light" leftSection={<IconListCheck size={16} />}>
            {t('governance.rollCall.open')}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
