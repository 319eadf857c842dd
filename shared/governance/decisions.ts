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
 * Replacing an inactive coordinator at the executive committee (Committee Regulation Art. 5-8):
 * more than half of its voting members present, and a majority of those present in favour.
 */
export function coordinatorReplacement(votingMembers: number, present: number, inFavour: number) {
  const attendance = quorum(votingMembers, present);
  const vote = decide('majority', present, inFavour);
  return { quorum: attendance, vote, passed: attendance.met && vote.passed };
}
