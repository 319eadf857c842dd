/**
 * Charter Art. 8 and 9, and Committee Regulation Art. 5-8: how the General Assembly and the
 * executive committee decide. Each function returns the arithmetic as well as the answer, so the
 * screens can show why an item passed or failed.
 */

/** Charter Art. 8, items 1–5: admission/expulsion, dues, charter amendment, dissolution, secretariat seat. */
export const QUALIFIED_ITEMS = [1, 2, 3, 4, 5] as const;

export type Quorum = { eligible: number; attending: number; needed: number; met: boolean };

/**
 * Quorum (Charter Art. 9): more than half of the members with voting rights. Members voting by
 * written resolution take part in the vote, so they count as attending, as the 2018 assembly
 * counted 29 present and 21 written resolutions as 50 votes.
 */
export function quorum(eligible: number, attending: number): Quorum {
  const needed = Math.floor(eligible / 2) + 1;
  return { eligible, attending, needed, met: attending >= needed };
}

export type Decision = {
  rule: 'twoThirds' | 'majority';
  cast: number;
  inFavour: number;
  /** The fewest votes in favour that pass the item. */
  needed: number;
  passed: boolean;
};

/** The rule of an agenda item by its class under Charter Art. 8 (1–11). */
export function ruleFor(articleItem: number): Decision['rule'] {
  if (!Number.isInteger(articleItem) || articleItem < 1 || articleItem > 11) {
    throw new RangeError(`Charter Art. 8 has items 1 to 11, not ${articleItem}`);
  }
  return (QUALIFIED_ITEMS as readonly number[]).includes(articleItem) ? 'twoThirds' : 'majority';
}

/**
 * Whether an item passes: items 1–5 need two thirds of the votes of those attending (present or by
 * written resolution), items 6–11 more than half. Exactly two thirds passes; exactly half does not.
 */
export function decide(rule: Decision['rule'], cast: number, inFavour: number): Decision {
  if (inFavour > cast || inFavour < 0 || cast < 0) throw new RangeError(`${inFavour} in favour of ${cast} votes cast`);
  const needed = rule === 'twoThirds' ? Math.ceil((2 * cast) / 3) : Math.floor(cast / 2) + 1;
  return { rule, cast, inFavour, needed, passed: cast > 0 && inFavour >= needed };
}

/**
 * Replacing an inactive coordinator at the executive committee (Committee Regulation Art. 5-7 and
 * 5-8): another member must be willing to take the committee over, more than half of the voting
 * members present, and a majority of those present in favour. Without a willing member the
 * coordinator cannot be replaced, however the vote went.
 */
export function coordinatorReplacement(votingMembers: number, present: number, inFavour: number, willingMembers: number) {
  const condition = replacementCondition(willingMembers);
  const attendance = quorum(votingMembers, present);
  const vote = decide('majority', present, inFavour);
  return { condition, quorum: attendance, vote, passed: condition.met && attendance.met && vote.passed };
}

export type ReplacementCondition = { willing: number; met: boolean };

/** Committee Regulation Art. 5-7: a replacement can be put to the vote only when another member is willing to coordinate. */
export function replacementCondition(willingMembers: number): ReplacementCondition {
  return { willing: willingMembers, met: willingMembers > 0 };
}

/** Charter Art. 9-2: the Art. 8 items the executive committee decides in a year without a General Assembly. */
export const DELEGATED_ITEMS = [1, 7, 8] as const;

/** Who decides at a meeting: the General Assembly, or the executive committee in a year with or without one. */
export type DecidingBody = { kind: 'generalAssembly' } | { kind: 'executiveCommittee'; assemblyYear: boolean };

/**
 * Under which article a body may decide an item, or why it may not. The Assembly decides every
 * Art. 8 item (Art. 9); the executive committee only items 1, 7 and 8, and only in a year without
 * an Assembly (Art. 9-2), and coordinator replacements (Committee Regulation Art. 5-7), which are its alone.
 */
export type Competence =
  | { competent: true; basis: 'charter9' | 'charter9-2' | 'committee5-8' }
  | { competent: false; reason: 'notDelegated' | 'assemblyYear' | 'executiveOnly' };

export function competence(body: DecidingBody, item: { article?: number; replacement: boolean }): Competence {
  if (item.replacement) return body.kind === 'executiveCommittee' ? { competent: true, basis: 'committee5-8' } : { competent: false, reason: 'executiveOnly' };
  if (body.kind === 'generalAssembly') return { competent: true, basis: 'charter9' };
  if (!(DELEGATED_ITEMS as readonly (number | undefined)[]).includes(item.article)) return { competent: false, reason: 'notDelegated' };
  return body.assemblyYear ? { competent: false, reason: 'assemblyYear' } : { competent: true, basis: 'charter9-2' };
}

/**
 * The body deciding at a meeting: an executive committee learns whether a General Assembly meets
 * the same year from the meetings on record (Charter Art. 6: the Assembly meets every second year).
 */
export function decidingBody(meeting: { kind: string; startDate: string }, meetings: ReadonlyArray<{ kind: string; startDate: string; deleted?: 0 | 1 }>): DecidingBody {
  if (meeting.kind !== 'executiveCommittee') return { kind: 'generalAssembly' };
  const year = meeting.startDate.slice(0, 4);
  return { kind: 'executiveCommittee', assemblyYear: meetings.some((other) => !other.deleted && other.kind === 'generalAssembly' && other.startDate.slice(0, 4) === year) };
}
