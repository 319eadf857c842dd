import type { MemberKind, MemberRecord } from '../domain/member';
import { isMemberOn, MEMBER_KINDS } from '../domain/member';
import type { ChartData } from './chart-data';
import { bucketsFor, countryBucket, type CountryBucket, type DashboardFilter } from './filter';

type MemberFacts = Pick<MemberRecord, 'kind' | 'admittedYear' | 'admittedOn' | 'withdrawnOn' | 'deleted'> & { country: string };

/**
 * Members and associate members per country at the end of the range: those admitted by then, and
 * those whose admission is not recorded (the registry has no reason to think they joined later),
 * less those that had withdrawn by then.
 */
export function membersByCountry(members: readonly MemberFacts[], filter: DashboardFilter): ChartData<CountryBucket, MemberKind> {
  const buckets = bucketsFor(filter);
  const row = new Map(buckets.map((bucket, index) => [bucket, index]));
  const values = buckets.map(() => MEMBER_KINDS.map(() => 0));
  for (const member of members) {
    if (member.deleted || !isMemberOn(member, `${filter.toYear}-12-31`)) continue;
    const index = row.get(countryBucket(member.country));
    if (index !== undefined) values[index][MEMBER_KINDS.indexOf(member.kind)] += 1;
  }
  return { categories: buckets, series: [...MEMBER_KINDS], values };
}
