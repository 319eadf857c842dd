import { generateSigningKey } from '../../shared/sync/signing';
import type { LocalIdentity } from '../../shared/sync/store';
import type { NearDatabase } from '../db/database';

/** The signing key's public half and fingerprint, or null before one was generated. */
export async function loadSigningKey(db: NearDatabase): Promise<{ publicKey: string; fingerprint: string; createdAt: string } | null> {
  const row = await db.meta.get('signingKey');
  return row?.key === 'signingKey' ? { publicKey: row.publicKey, fingerprint: row.fingerprint, createdAt: row.createdAt } : null;
}

/**
 * Generates this installation's Ed25519 key once. The private key is non-extractable: it can sign
 * here, but no code (ours included) can read it out, so it never reaches a bundle or a backup.
 */
export async function ensureSigningKey(db: NearDatabase): Promise<{ publicKey: string; fingerprint: string }> {
  const existing = await loadSigningKey(db);
  if (existing) return existing;
  // Generated outside the transaction: WebCrypto's promise would end an IndexedDB transaction.
  const key = await generateSigningKey();
  return db.transaction('rw', db.meta, async () => {
    const raced = await db.meta.get('signingKey');
    if (raced?.key === 'signingKey') return raced;
    await db.meta.put({ key: 'signingKey', ...key, createdAt: new Date().toISOString() });
    return key;
  });
}

/** Why this installation cannot sync yet (each has a translated message), or null if it can. */
export type IdentityGap = 'profile' | 'role' | 'key';

/** This installation as the sync core needs it, or what is still missing. */
export async function loadIdentity(db: NearDatabase): Promise<{ identity: LocalIdentity } | { missing: IdentityGap }> {
  const [installation, profile, key] = await Promise.all([db.meta.get('installation'), db.meta.get('profile'), db.meta.get('signingKey')]);
  if (profile?.key !== 'profile' || installation?.key !== 'installation') return { missing: 'profile' };
  if (!profile.role) return { missing: 'role' };
  if (key?.key !== 'signingKey') return { missing: 'key' };
  return {
    identity: {
      installationId: installation.id,
      office: profile.office,
      person: profile.person,
      role: profile.role,
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
      privateKey: key.privateKey,
    },
  };
}
