import { Group, MultiSelect, NumberInput, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgendaDecision, RecordedResult } from '../../../shared/domain/activity';
import type { LocalizedText as Localized } from '../../../shared/domain/names-schema';
import type { CommitteeRecord } from '../../../shared/domain/committee';
import type { MemberRecord } from '../../../shared/domain/member';
import { itemResult, type RollCallSummary } from '../../../shared/governance/assembly';
import { competence, type DecidingBody } from '../../../shared/governance/decisions';
import { useFormat } from '../../i18n/use-format';
import { LocalizedText } from '../common/LocalizedText';
import { ItemResultText } from './ItemResultText';
import { memberNames } from './use-assembly';

const ALL_ITEMS = Array.from({ length: 11 }, (_, index) => index + 1);
const REPLACEMENT = 'replacement';
const VOTE_FIELDS = ['inFavour', 'against', 'abstaining'] as const;
/** How the record gives the result: the votes counted, or only the result, with no tally. */
type ResultKind = 'tally' | RecordedResult;

type Props = {
  index: number;
  text: Localized;
  decision: AgendaDecision | undefined;
  /** Merges a change into the item's decision; null removes the decision. */
  onChange: (change: Partial<AgendaDecision> | null) => void;
  summary: RollCallSummary;
  body: DecidingBody;
  committees: readonly CommitteeRecord[];
  members: readonly MemberRecord[];
};

/**
 * One agenda item of a roll call: its class (the Charter Art. 8 items the body may decide, and for
 * the executive committee coordinator replacements with the members willing to take over), then
 * the votes counted or the result as recorded without a tally, and the result that follows.
 */
export function AgendaItemEditor({ index, text, decision, onChange, summary, body, committees, members }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const value = decision?.replacesCoordinatorOf !== undefined ? REPLACEMENT : decision?.article !== undefined ? `article:${decision.article}` : null;
  const resultKind: ResultKind = decision?.recordedResult ?? 'tally';
  // Every class, those the body may decide first: an item it cannot decide (a charter amendment at an
  // executive committee, Art. 9-2) can still be recorded as it was put, and its result says why not.
  const competent = (item: { article?: number; replacement: boolean }) => competence(body, item).competent;
  const classes = [
    ...ALL_ITEMS.map((article) => ({ value: `article:${article}`, label: t(`governance.articles.${article}` as 'governance.articles.1'), decides: competent({ article, replacement: false }) })),
    { value: REPLACEMENT, label: t('governance.agenda.replacement'), decides: competent({ replacement: true }) },
  ];
  const classGroups = [true, false]
    .map((decides) => ({
      group: t(decides ? 'governance.agenda.classGroups.competent' : 'governance.agenda.classGroups.notCompetent'),
      items: classes.filter((option) => option.decides === decides).map((option) => ({ value: option.value, label: option.label })),
    }))
    .filter((group) => group.items.length > 0);
  const committee = committees.find((candidate) => candidate.id === decision?.replacesCoordinatorOf);
  // Another member than the coordinators (Art. 5-7); listed only for a replacement.
  const willingOptions =
    value === REPLACEMENT
      ? members
          .filter((member) => member.kind === 'member' && !committee?.coordinatorIds.includes(member.id))
          .map((member) => ({ value: member.id, label: format.name(member.names) }))
          .sort((a, b) => format.collator.compare(a.label, b.label))
      : [];
  const setResultKind = (kind: ResultKind) =>
    onChange(kind === 'tally' ? { recordedResult: undefined } : { recordedResult: kind, inFavour: undefined, against: undefined, abstaining: undefined });

  return (
    <Paper withBorder p="sm" data-testid="agenda-item">
      <Stack gap="xs">
        <Text fw={600}>
          {format.number(index + 1)}. <LocalizedText value={text} />
        </Text>
        <Group align="flex-start" wrap="wrap">
          <Select
            label={t('governance.agenda.class')}
            placeholder={t('governance.agenda.classPlaceholder')}
            value={value}
            clearable
            w={440}
            onChange={(choice) => {
              if (!choice) return onChange(null);
              if (choice === REPLACEMENT) return onChange({ article: undefined, replacesCoordinatorOf: decision?.replacesCoordinatorOf ?? committees[0]?.id });
              onChange({ article: Number(choice.split(':')[1]), replacesCoordinatorOf: undefined, willingMemberIds: undefined });
            }}
            data={classGroups}
          />
          {value === REPLACEMENT && (
            <Select
              label={t('governance.agenda.committee')}
              value={decision?.replacesCoordinatorOf ?? null}
              onChange={(choice) => choice && onChange({ replacesCoordinatorOf: choice })}
              data={committees.map((candidate) => ({ value: candidate.id, label: format.name(candidate.names) }))}
              w={280}
            />
          )}
          {value === REPLACEMENT && (
            <MultiSelect
              label={t('governance.agenda.willingLabel')}
              value={decision?.willingMemberIds ?? []}
              onChange={(ids) => onChange({ willingMemberIds: ids.length > 0 ? ids : undefined })}
              data={willingOptions}
              searchable
              w={320}
              data-testid="willing-members"
            />
          )}
        </Group>
        <Group align="flex-end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id={`result-kind-${index}`}>
              {t('governance.agenda.resultKind')}
            </Text>
            <SegmentedControl
              size="xs"
              color="indigo.7"
              aria-labelledby={`result-kind-${index}`}
              disabled={value === null}
              value={resultKind}
              onChange={(kind) => setResultKind(kind as ResultKind)}
              data={(['tally', 'adopted', 'rejected'] as const).map((kind) => ({ value: kind, label: t(`governance.agenda.resultKinds.${kind}`) }))}
            />
          </Stack>
          {resultKind === 'tally' &&
            VOTE_FIELDS.map((field) => (
              <NumberInput
                key={field}
                label={t(`governance.agenda.${field}`)}
                value={decision?.[field] ?? ''}
                min={0}
                w={120}
                disabled={value === null}
                onChange={(number) => onChange({ [field]: typeof number === 'number' ? number : undefined })}
              />
            ))}
        </Group>
        <ItemResultText result={itemResult(decision, summary, body)} willingNames={memberNames(members, decision?.willingMemberIds ?? [], format)} />
      </Stack>
    </Paper>
  );
}
