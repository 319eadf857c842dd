import type { MemberKind, MemberRecord } from '../domain/member';
import { MEMBER_KINDS } from '../domain/member';
import type { ChartData } from './chart-data';
import { bucketsFor, countryBucket, type CountryBucket, type DashboardFilter } from './filter';

type MemberFacts = Pick<MemberRecord, 'kind' | 'admittedYear' | 'deleted'> & { country: string };

/**
 * Members and associate members per country at the end of the range: those admitted by then, and
 * those whose admission year is not recorded (the registry has no reason to think they joined later).
 * A membership has no end in the registry, so the start of the range does not apply.
 */
export function membersByCountry(members: readonly MemberFacts[], filter: DashboardFilter): ChartData<CountryBucket, MemberKind> {
  const buckets = bucketsFor(filter);
  const row = new Map(buckets.map((bucket, index) => [bucket, index]));
  const values = buckets.map(() => MEMBER_KINDS.map(() => 0));
  for (const member of members) {
    if (member.deleted || (member.admittedYear !== undefined && member.admittedYear > filter.toYear)) continue;
    const index = row.get(countryBucket(member.country));
    if (index !== undefined) values[index][MEMBER_KINDS.indexOf(member.kind)] += 1;
  }
  return { categories: buckets, series: [...MEMBER_KINDS], values };
}
