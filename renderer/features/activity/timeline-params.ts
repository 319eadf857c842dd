import { MEETING_KINDS, VISIT_DIRECTIONS, type VisitDirection } from '../../../shared/domain/activity';
import type { TimelineEntry, TimelineFilter } from '../../../shared/domain/timeline';

/** Every kind of timeline entry, visits first. */
export const ENTRY_KINDS: ReadonlyArray<TimelineEntry['kind']> = ['visit', ...MEETING_KINDS];

const KEYS = ['from', 'to', 'country', 'memberId', 'committeeId', 'staff', 'query'] as const;

/** Reads the timeline filter from the URL, so Back and bookmarks return to the same view. */
export function filterFromParams(params: URLSearchParams): TimelineFilter {
  const filter: TimelineFilter = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  const kinds = params.getAll('kind').filter((kind): kind is TimelineEntry['kind'] => (ENTRY_KINDS as string[]).includes(kind));
  if (kinds.length > 0) filter.kinds = kinds;
  const direction = params.get('direction');
  if ((VISIT_DIRECTIONS as readonly string[]).includes(direction ?? '')) filter.direction = direction as VisitDirection;
  return filter;
}

/** Writes a filter back to URL parameters (empty values are left out). */
export function paramsFromFilter(filter: TimelineFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  for (const kind of filter.kinds ?? []) params.append('kind', kind);
  if (filter.direction) params.set('direction', filter.direction);
  return params;
}
