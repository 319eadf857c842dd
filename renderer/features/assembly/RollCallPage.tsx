import { Alert, Anchor, Badge, Button, Group, NumberInput, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { AgendaDecision, RollCall } from '../../../shared/domain/activity';
import { summariseRollCall } from '../../../shared/governance/assembly';
import { useDatabase } from '../../db/database-context';
import { saveRollCall } from '../../domain/activity';
import { useFormat } from '../../i18n/use-format';
import { byCountryThenName, CountrySelect } from '../common/CountrySelect';
import { NotFound } from '../common/NotFound';
import { Section } from '../common/Section';
import { DraftNotice } from '../common/use-form-draft';
import { useStateDraft } from '../common/use-state-draft';
import { RightsInWords } from '../dues/RightsBadge';
import { fieldErrors, NO_FIELD_ERRORS, type FieldErrors } from '../dues/field-errors';
import { AgendaItemEditor } from './AgendaItemEditor';
import { DecidingBodyText, QuorumText } from './ItemResultText';
import { memberNames, useAssembly, type Assembly } from './use-assembly';
import { LocalizedText } from '../common/LocalizedText';

type Attendance = 'present' | 'written' | 'absent';
type RollCallValues = { call: RollCall; decisions: AgendaDecision[] };

/** The roll call and the votes of a General Assembly or executive committee, with quorum and results live. */
export function RollCallPage() {
  const { id = '' } = useParams();
  const assembly = useAssembly(id);
  if (assembly === undefined) return null;
  if (assembly === null) return <NotFound />;
  // A fresh draft whenever the stored record changes underneath (an import, another window).
  return <RollCallForm key={assembly.meeting.hlc} assembly={assembly} />;
}

function RollCallForm({ assembly }: { assembly: Assembly }) {
  const { t } = useTranslation();
  const { db } = useDatabase();
  const format = useFormat();
  const navigate = useNavigate();
  const { meeting, members, committees, electorate, body } = assembly;
  const { rights } = electorate;
  // Half an hour of work at an assembly: kept as a draft as it is entered, and asked about on leaving.
  const draft = useStateDraft<RollCallValues>(`rollCall:${meeting.id}`, {
    call: meeting.rollCall ?? { present: [], written: [], unnamedPresent: 0, unnamedWritten: 0 },
    decisions: meeting.decisions ?? [],
  });
  const { call, decisions } = draft.values;
  const { setValues } = draft;
  const setCall = (update: (current: RollCall) => RollCall) => setValues((current) => ({ ...current, call: update(current.call) }));
  const setDecisions = (update: (current: AgendaDecision[]) => AgendaDecision[]) =>
    setValues((current) => ({ ...current, decisions: update(current.decisions) }));
  const [country, setCountry] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>(NO_FIELD_ERRORS);
  const [busy, setBusy] = useState(false);
  const summary = useMemo(() => summariseRollCall(call, electorate), [call, electorate]);

  const attendance = (memberId: string): Attendance => (call.present.includes(memberId) ? 'present' : call.written.includes(memberId) ? 'written' : 'absent');
  const setAttendance = (memberId: string, value: Attendance) =>
    setCall((current) => ({
      ...current,
      present: value === 'present' ? [...current.present.filter((other) => other !== memberId), memberId] : current.present.filter((other) => other !== memberId),
      written: value === 'written' ? [...current.written.filter((other) => other !== memberId), memberId] : current.written.filter((other) => other !== memberId),
    }));
  const decisionFor = (item: number) => decisions.find((decision) => decision.item === item);
  const setDecision = (item: number, change: Partial<AgendaDecision> | null) =>
    setDecisions((current) => {
      const rest = current.filter((decision) => decision.item !== item);
      if (change === null) return rest;
      const merged = { ...(current.find((decision) => decision.item === item) ?? { item }), ...change };
      return [...rest, Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as AgendaDecision].sort((a, b) => a.item - b.item);
    });

  const listed = members.filter((member) => !country || member.country === country).sort(byCountryThenName(format));

  const save = async () => {
    setBusy(true);
    try {
      await saveRollCall(db, meeting.id, { rollCall: call, decisions });
      // Not awaited: leaving is allowed at once, and the saved record re-renders this big form first.
      void draft.saved();
      notifications.show({ color: 'green', message: t('governance.rollCall.saved') });
      void navigate(`/activity/meetings/${meeting.id}`);
    } catch (error) {
      setErrors(fieldErrors(error, t, ['rollCall', 'written', 'decisions']));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack maw={1040}>
      <div>
        <Anchor component={Link} to={`/activity/meetings/${meeting.id}`} size="sm">
          <LocalizedText value={meeting.title} />
        </Anchor>
        <Title order={2}>{t('governance.rollCall.title')}</Title>
        <Text c="dimmed">{t('governance.rollCall.intro', { date: format.date(meeting.startDate) })}</Text>
        <DecidingBodyText body={body} />
      </div>
      <DraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />

      {/* Flush under the header, with no strip of rows showing between, and above the rows scrolling
          under it: the attendance controls' labels sit at z-index 2. */}
      <Paper withBorder p="md" pos="sticky" top="var(--app-shell-header-height)" style={{ zIndex: 3 }}>
        <QuorumText summary={summary} admittedNames={memberNames(members, electorate.admittedHere, format)} />
        {summary.attendingWithoutVote.length > 0 && (
          <Text size="sm" c="red" mt={4} data-testid="without-vote">
            {t('governance.rollCall.withoutVote', {
              names: summary.attendingWithoutVote.map((memberId) => format.name(members.find((member) => member.id === memberId)?.names ?? { en: memberId })).join(', '),
            })}
          </Text>
        )}
      </Paper>

      <Section title={t('governance.rollCall.members')} intro={t('governance.rollCall.membersIntro')}>
        <Group align="flex-end">
          <CountrySelect value={country} onChange={setCountry} format={format} />
          <NumberInput
            label={t('governance.rollCall.unnamedPresent')}
            value={call.unnamedPresent}
            min={0}
            onChange={(value) => setCall((current) => ({ ...current, unnamedPresent: typeof value === 'number' ? value : 0 }))}
            w={210}
          />
          <NumberInput
            label={t('governance.rollCall.unnamedWritten')}
            value={call.unnamedWritten}
            min={0}
            onChange={(value) => setCall((current) => ({ ...current, unnamedWritten: typeof value === 'number' ? value : 0 }))}
            w={210}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('governance.rollCall.unnamedHint')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="roll-call">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('governance.dues.member')}</Table.Th>
                <Table.Th scope="col">{t('member.country')}</Table.Th>
                <Table.Th scope="col">{t('governance.rollCall.rightsColumn')}</Table.Th>
                <Table.Th scope="col">{t('governance.rollCall.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {listed.map((member) => {
                const name = format.name(member.names);
                const right = rights.get(member.id);
                return (
                  <Table.Tr key={member.id} data-testid="roll-call-row" data-member={member.id}>
                    <Table.Th scope="row" fw={500}>
                      <LocalizedText value={member.names} />
                    </Table.Th>
                    <Table.Td>{format.country(member.country)}</Table.Td>
                    <Table.Td>
                      {electorate.admittedHere.includes(member.id) ? (
                        <Badge variant="light" color="blue">
                          {t('governance.rollCall.admittedBadge')}
                        </Badge>
                      ) : (
                        <RightsInWords rights={right} />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <SegmentedControl
                        size="xs"
                        // The default dark-mode indicator is dark grey on dark grey; a filled colour marks the choice in both schemes.
                        color="indigo.7"
                        aria-label={t('governance.rollCall.attendanceOf', { member: name })}
                        value={attendance(member.id)}
                        onChange={(value) => setAttendance(member.id, value as Attendance)}
                        data={(['present', 'written', 'absent'] as const).map((value) => ({ value, label: t(`governance.rollCall.${value}`) }))}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Section>

      <Section title={t('governance.agenda.title')} intro={t('governance.agenda.intro')}>
        {meeting.agendaItems.length === 0 && <Text c="dimmed">{t('governance.agenda.none')}</Text>}
        <Stack data-testid="agenda">
          {meeting.agendaItems.map((item, index) => (
            <AgendaItemEditor
              key={index}
              index={index}
              text={item}
              decision={decisionFor(index)}
              onChange={(change) => setDecision(index, change)}
              summary={summary}
              body={body}
              committees={committees}
              members={members}
            />
          ))}
        </Stack>
      </Section>

      {(errors.general || Object.keys(errors.byField).length > 0) && (
        <Alert color="red" data-testid="form-error">
          {[errors.general, ...Object.values(errors.byField)].filter(Boolean).join(' ')}
        </Alert>
      )}
      <Group>
        <Button onClick={save} loading={busy}>
          {t('common.save')}
        </Button>
        <Button variant="default" component={Link} to={`/activity/meetings/${meeting.id}`}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
