import { isSecretariatOnly, type CollectionName } from '../../shared/sync/collections';
import type { NearDatabase } from '../db/database';
import { ValidationError } from './errors';

/** Whether this installation may change secretariat-only data: the secretariat, or one not set up for sync yet. */
export async function isAuthority(db: NearDatabase): Promise<boolean> {
  const profile = await db.meta.get('profile');
  return profile?.key !== 'profile' || !profile.role || profile.role === 'secretariat';
}

/**
 * Refuses a local change that other offices would refuse on import: membership and committees'
 * coordinators are the Pohang secretariat's to change (the same rule as the sync scope).
 * `fields` are the fields the change touches (`deleted` for deletion).
 */
export async function assertMayChange(db: NearDatabase, collection: CollectionName, fields: readonly string[]): Promise<void> {
  if (!fields.some((field) => isSecretariatOnly(collection, field))) return;
  if (!(await isAuthority(db))) throw new ValidationError([{ path: '', message: 'validation.secretariatOnly' }]);
}
