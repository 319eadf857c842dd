import { z } from 'zod';
import { OFFICE_ROLES } from '../../shared/sync/collections';
import type { NearDatabase } from '../db/database';
import { validate } from './errors';

/** Who is working on this laptop: the office and the person, used as defaults when logging activity. */
export const profileSchema = z.object({
  office: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  person: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  /** What the office may change when bundles are exchanged (the secretariat keeps membership). */
  role: z.enum(OFFICE_ROLES, { error: 'validation.required' }),
});
export type Profile = z.infer<typeof profileSchema>;

/** The saved profile (without a role if it was saved before sync existed), or null before anyone has set it. */
export async function loadProfile(db: NearDatabase): Promise<(Omit<Profile, 'role'> & Partial<Pick<Profile, 'role'>>) | null> {
  const row = await db.meta.get('profile');
  return row?.key === 'profile' ? { office: row.office, person: row.person, ...(row.role ? { role: row.role } : {}) } : null;
}

/** Saves the office and person of this installation. */
export async function saveProfile(db: NearDatabase, input: unknown): Promise<Profile> {
  const profile = validate(profileSchema, input);
  await db.meta.put({ key: 'profile', ...profile });
  return profile;
}
