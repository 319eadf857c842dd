import { followUpDeadline, isFollowUpOverdue, type FollowUpRecord } from '../domain/activity';
import type { ChartData } from './chart-data';
import { countryBucket, yearOf, type DashboardFilter } from './filter';

type FollowUpFacts = Pick<FollowUpRecord, 'id' | 'visitId' | 'text' | 'owner' | 'dueOn' | 'doneOn' | 'deleted'>;

/** An overdue follow-up with its deadline (the last day of its due period) and how late it is. */
export type OverdueFollowUp = FollowUpFacts & { dueOn: string; deadline: string; daysOverdue: number };

export type OverdueCharts = {
  /** Overdue follow-ups per month of their deadline ("YYYY-MM"), only months with some. */
  byMonth: ChartData<string, 'overdue'>;
  /** Every overdue follow-up, longest overdue first. */
  list: OverdueFollowUp[];
};

/** Whole days from ISO date `from` to `to`; dates are taken as UTC days, so no time zone shifts them. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Follow-ups not done whose deadline (the due day, or the end of the due month or year) has passed
 * by `today`, due within the range. With a country
 * filter, only those from visits to or from that country's members. Few enough to use Date here.
 */
export function overdueFollowUps(
  followUps: readonly FollowUpFacts[],
  visitMembers: ReadonlyMap<string, readonly string[]>,
  memberCountry: ReadonlyMap<string, string>,
  filter: DashboardFilter,
  today: string,
): OverdueCharts {
  const involves = (visitId: string) =>
    !filter.country || (visitMembers.get(visitId) ?? []).some((id) => countryBucket(memberCountry.get(id) ?? '') === filter.country);
  const list = followUps
    .filter((item): item is FollowUpFacts & { dueOn: string } => !item.deleted && isFollowUpOverdue(item, today))
    .map((item) => ({ ...item, deadline: followUpDeadline(item)! }))
    .filter((item) => yearOf(item.deadline) >= filter.fromYear && yearOf(item.deadline) <= filter.toYear && involves(item.visitId))
    .map((item) => ({ ...item, daysOverdue: daysBetween(item.deadline, today) }))
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id));
  const perMonth = new Map<string, number>();
  for (const item of list) perMonth.set(item.deadline.slice(0, 7), (perMonth.get(item.deadline.slice(0, 7)) ?? 0) + 1);
  const months = [...perMonth.keys()].sort();
  return { byMonth: { categories: months, series: ['overdue'], values: months.map((month) => [perMonth.get(month)!]) }, list };
}
