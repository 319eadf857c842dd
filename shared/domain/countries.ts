/** The six countries whose provincial-level governments can be full members (Charter Art. 4). */
export const MEMBER_COUNTRIES = ['CN', 'KP', 'JP', 'MN', 'KR', 'RU'] as const;

/** A country of full membership. */
export type MemberCountry = (typeof MEMBER_COUNTRIES)[number];

/** Whether an ISO 3166-1 alpha-2 code is one of the six member countries. */
export function isMemberCountry(code: string): code is MemberCountry {
  return (MEMBER_COUNTRIES as readonly string[]).includes(code);
}

/**
 * Other Asian countries an associate member may come from (Charter Art. 4-2). The list is the
 * ISO codes of Asia outside the six; it only feeds the picker, the rule itself is "not one of the six".
 */
export const ASSOCIATE_COUNTRIES = [
  'AF', 'AM', 'AZ', 'BD', 'BH', 'BN', 'BT', 'GE', 'ID', 'IN', 'IQ', 'IR', 'JO', 'KG', 'KH', 'KW',
  'KZ', 'LA', 'LB', 'LK', 'MM', 'MV', 'MY', 'NP', 'OM', 'PH', 'PK', 'QA', 'SA', 'SG', 'SY', 'TH',
  'TJ', 'TL', 'TM', 'TR', 'TW', 'UZ', 'VN', 'YE', 'AE',
] as const;
