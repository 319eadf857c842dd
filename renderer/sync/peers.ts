import type { NearDatabase } from '../db/database';

/**
 * Revokes an office (its bundles are refused, its changes to secretariat-only data too) or trusts
 * it again. The key stays on record, so a revoked office cannot come back under the same key
 * unnoticed.
 */
export async function setPeerStatus(db: NearDatabase, installationId: string, status: 'trusted' | 'revoked'): Promise<void> {
  await db.transaction('rw', db.peers, async () => {
    const peer = await db.peers.get(installationId);
    if (!peer) return;
    const at = new Date().toISOString();
    await db.peers.put(status === 'revoked' ? { ...peer, status, revokedAt: at } : { ...peer, status, trustedAt: at });
  });
}
