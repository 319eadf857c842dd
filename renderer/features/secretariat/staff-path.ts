/** The address parameter that names the person the staff list opens at. */
export const STAFF_PARAM = 'staff';

/** The staff list opened at one person: their row brought into sight and marked (the global search's link). */
export function staffPath(id: string): string {
  return `/secretariat?${STAFF_PARAM}=${encodeURIComponent(id)}`;
}
