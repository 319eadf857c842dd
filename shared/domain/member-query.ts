import { MEMBER_COUNTRIES } from './countries';
import type { MemberKind } from './member';
import { namesMatch, type AnyNames } from './names';

/** The parts of a member the registry filters and counts by. */
export type MemberSummary = { country: string; kind: MemberKind; names: AnyNames };

/** What the registry screen filters by. */
export type MemberFilter = { country?: string; kind?: MemberKind; query?: string };

/** Members matching every given filter; the text query matches a name in any language or the native form. */
export function filterMembers<M extends MemberSummary>(
  members: readonly M[],
  filter: MemberFilter,
): M[] {
  return members.filter(
    (member) =>
      (!filter.country || member.country === filter.country) &&
      (!filter.kind || member.kind === filter.kind) &&
      (!filter.query || namesMatch(member.names, filter.query)),
  );
}

/** Full members per member country (all six, zero included), and associates counted apart. */
export function countByCountry(
  members: readonly Pick<MemberSummary, 'country' | 'kind'>[],
): { byCountry: Record<(typeof MEMBER_COUNTRIES)[number], number>; members: number; associates: number } {
  const byCountry = Object.fromEntries(MEMBER_COUNTRIES.map((code) => [code, 0])) as Record<
    (typeof MEMBER_COUNTRIES)[number],
    number
  >;
  let associates = 0;
  for (const member of members) {
    if (member.kind === 'associate') associates += 1;
    else if (member.country in byCountry) byCountry[member.country as keyof typeof byCountry] += 1;
  }
  const total = Object.values(byCountry).reduce((sum, count) => sum + count, 0);
  return { byCountry, members: total, associates };
}
