import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_DIRECTIONS } from '../../../shared/domain/activity';
import { MEMBER_COUNTRIES } from '../../../shared/domain/countries';
import type { TimelineFilter } from '../../../shared/domain/timeline';
import { isWholeIsoDate } from '../../i18n/date-input';
import { useFormat } from '../../i18n/use-format';
import { DateField } from '../common/DateField';
import { useCommitteeOptions, useMemberOptions } from '../common/use-record-options';
import { ENTRY_KINDS } from './timeline-params';

type Props = { filter: TimelineFilter; onChange: (next: TimelineFilter) => void };

/** Date range, country, member, committee, kind, direction, staff and text search for the timeline. */
export const TimelineFilters = memo(function TimelineFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = useMemberOptions();
  const committees = useCommitteeOptions();
  const set = <K extends keyof TimelineFilter>(key: K, value: TimelineFilter[K] | null | '') => {
    const next = { ...filter };
    if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key];
    else next[key] = value as TimelineFilter[K];
    onChange(next);
  };
  const countryOptions = MEMBER_COUNTRIES.map((code) => ({ value: code, label: format.country(code) }));
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        type="search"
        label={t('common.search')}
        placeholder={t('timeline.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filter.query ?? ''}
        onChange={(event) => set('query', event.currentTarget.value)}
        w={260}
        data-testid="timeline-search"
      />
      {/* The list follows only whole dates (or a field emptied); a half-typed one leaves it as it was. */}
      <DateField label={t('timeline.from')} value={filter.from ?? ''} onChange={(value) => (value === '' || isWholeIsoDate(value)) && set('from', value)} w={160} />
      <DateField label={t('timeline.to')} value={filter.to ?? ''} onChange={(value) => (value === '' || isWholeIsoDate(value)) && set('to', value)} w={160} />
      <Select label={t('member.country')} data={countryOptions} value={filter.country ?? null} onChange={(value) => set('country', value)} clearable w={170} data-testid="timeline-country" />
      <Select
        label={t('timeline.member')}
        data={members.data}
        filter={members.filter}
        searchable
        clearable
        value={filter.memberId ?? null}
        onChange={(value) => set('memberId', value)}
        w={240}
        data-testid="timeline-member"
      />
      <Select
        label={t('timeline.committee')}
        data={committees.data}
        filter={committees.filter}
        searchable
        clearable
        value={filter.committeeId ?? null}
        onChange={(value) => set('committeeId', value)}
        w={240}
      />
      <MultiSelect
        label={t('timeline.kind')}
        data={ENTRY_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        value={[...(filter.kinds ?? [])]}
        onChange={(value) => set('kinds', value as TimelineFilter['kinds'])}
        clearable
        w={260}
        data-testid="timeline-kind"
      />
      <Select
        label={t('find.direction')}
        placeholder={t('find.anyDirection')}
        data={VISIT_DIRECTIONS.map((direction) => ({ value: direction, label: t(`directions.${direction}`) }))}
        value={filter.direction ?? null}
        onChange={(value) => set('direction', value as TimelineFilter['direction'] | null)}
        clearable
        w={230}
        data-testid="timeline-direction"
      />
      <TextInput label={t('timeline.staff')} value={filter.staff ?? ''} onChange={(event) => set('staff', event.currentTarget.value)} w={160} />
      <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange({})} disabled={Object.keys(filter).length === 0}>
        {t('timeline.clear')}
      </Button>
    </Group>
  );
});
