import { z } from 'zod';
import type { NearDatabase } from '../db/database';
import { validate } from './errors';

/** Who is working on this laptop: the office and the person, used as defaults when logging activity. */
export const profileSchema = z.object({
  office: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
  person: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'validation.tooLong' }),
});
export type Profile = z.infer<typeof profileSchema>;

/** The saved profile, or null before anyone has set it. */
export async function loadProfile(db: NearDatabase): Promise<Profile | null> {
  const row = await db.meta.get('profile');
  return row?.key === 'profile' ? { office: row.office, person: row.person } : null;
}

/** Saves the office and person of this installation. */
export async function saveProfile(db: NearDatabase, input: unknown): Promise<Profile> {
  const profile = validate(profileSchema, input);
  await db.meta.put({ key: 'profile', ...profile });
  return profile;
}
