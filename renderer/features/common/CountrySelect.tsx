import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MEMBER_COUNTRIES } from '../../../shared/domain/countries';
import type { MemberRecord } from '../../../shared/domain/member';
import type { Formatters } from '../../i18n/use-format';

/** A filter by one of the six member countries, or all of them (null). */
export function CountrySelect({ value, onChange, format }: { value: string | null; onChange: (code: string | null) => void; format: Formatters }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('member.country')}
      placeholder={t('members.allCountries')}
      clearable
      value={value}
      onChange={onChange}
      data={MEMBER_COUNTRIES.map((code) => ({ value: code, label: format.country(code) }))}
      w={200}
    />
  );
}

/** Members in the report's country order (China, DPRK, Japan, Mongolia, Korea, Russia, then others), by name within a country. */
export function byCountryThenName(format: Formatters): (a: Pick<MemberRecord, 'country' | 'names'>, b: Pick<MemberRecord, 'country' | 'names'>) => number {
  const order = (code: string) => {
    const index = (MEMBER_COUNTRIES as readonly string[]).indexOf(code);
    return index === -1 ? MEMBER_COUNTRIES.length : index;
  };
  return (a, b) => order(a.country) - order(b.country) || format.collator.compare(format.name(a.names), format.name(b.names));
}
