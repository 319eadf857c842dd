import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DashboardFilter } from '../../../shared/dashboard/filter';
import { MEMBER_COUNTRIES } from '../../../shared/domain/countries';
import { useFormat } from '../../i18n/use-format';

type Props = {
  filter: DashboardFilter;
  /** The years offered, oldest first. */
  years: number[];
  onChange(change: Partial<Record<'from' | 'to' | 'country', string | null>>): void;
};

/** The one filter bar every chart obeys: a span of years and a member country. */
export function FilterBar({ filter, years, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const yearOptions = years.map((year) => ({ value: String(year), label: format.year(year) }));
  const countries = [
    { value: '', label: t('dashboard.filters.allCountries') },
    ...MEMBER_COUNTRIES.map((code) => ({ value: code, label: format.country(code) })),
  ];
  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('dashboard.filters.label')} data-testid="dashboard-filters">
      <Select
        label={t('dashboard.filters.from')}
        data={yearOptions}
        value={String(filter.fromYear)}
        onChange={(value) => onChange({ from: value })}
        allowDeselect={false}
        w={130}
        data-testid="dashboard-from"
      />
      <Select
        label={t('dashboard.filters.to')}
        data={yearOptions}
        value={String(filter.toYear)}
        onChange={(value) => onChange({ to: value })}
        allowDeselect={false}
        w={130}
        data-testid="dashboard-to"
      />
      <Select
        label={t('dashboard.filters.country')}
        data={countries}
        value={filter.country ?? ''}
        onChange={(value) => onChange({ country: value || null })}
        allowDeselect={false}
        w={220}
        data-testid="dashboard-country"
      />
      <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => onChange({ from: null, to: null, country: null })}>
        {t('dashboard.filters.reset')}
      </Button>
    </Group>
  );
}
