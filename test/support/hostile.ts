/**
 * What a hostile (or broken) office can put in a bundle, built with the format's own writer so
 * that everything but the attack is well-formed: segments signed with any key, in any author's
 * name, with any clocks and knowledge claims. Used by the property test's Byzantine office and
 * by the tests that reproduce each finding of the "sync you can prove" review.
 */
import { writeBundle, type BundleHeader } from '../../shared/sync/bundle-format';
import type { Change } from '../../shared/sync/changes';
import { SYNC_COLLECTIONS, type CollectionName } from '../../shared/sync/collections';
import { formatHlc } from '../../shared/sync/hlc';
import type { Knowledge } from '../../shared/sync/knowledge';
import { collectionCounts } from '../../shared/sync/reconcile';
import { signSegment, type AuthorStatement, type SegmentBody } from '../../shared/sync/segments';
import type { LocalIdentity } from '../../shared/sync/store';

/** An installation as segments name it. */
export function statementOf(identity: Pick<LocalIdentity, 'installationId' | 'office' | 'person' | 'role' | 'publicKey'>): AuthorStatement {
  const { installationId, office, person, role, publicKey } = identity;
  return { installationId, office, person, role, publicKey };
}

/** A clock of `node` at `millis` (counter `counter`). */
export const clockAt = (node: string, millis: number, counter = 0) => formatHlc({ millis, counter, node });

/** A change setting `fields` of a record, every field stamped `clock`. */
export function changeOf(collection: CollectionName, id: string, fields: Record<string, unknown>, clock: string, extra: Partial<Change> = {}): Change {
  const clocks = Object.fromEntries(Object.keys(fields).map((field) => [field, clock]));
  const values = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  return { collection, id, clocks, values, seen: {}, ...extra };
}

/** A segment's text: `body` signed with `signer` (any key, whoever the body names as author). */
export async function segment(body: SegmentBody, signer: CryptoKey): Promise<string> {
  return (await signSegment(body, signer)).text;
}

export type HostileBundle = {
  /** Who signs the envelope (its private key signs; its statement is the sender). */
  sender: LocalIdentity;
  /** Segment texts, as `segment` makes them or as an honest office stored them. */
  segments: string[];
  /** What the sender claims to hold. */
  upTo?: Knowledge;
  recipient?: string;
  passphrase?: string;
  kdfIterations?: number;
};

/** Counts a bundle header states for segment texts (from the texts themselves, as an honest writer would). */
function countsOf(texts: readonly string[]): BundleHeader['counts'] {
  const changes = Object.fromEntries(SYNC_COLLECTIONS.map((name) => [name, 0])) as Record<CollectionName, number>;
  for (const text of texts) {
    const body = (JSON.parse(text) as { body: SegmentBody }).body;
    for (const [name, count] of Object.entries(collectionCounts(body.changes))) changes[name as CollectionName] += count ?? 0;
  }
  return { segments: texts.length, changes };
}

/** A bundle signed by `sender` carrying exactly the given segments and knowledge claim. */
export async function hostileBundle(input: HostileBundle): Promise<string> {
  return writeBundle({
    header: {
      bundleId: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      sender: statementOf(input.sender),
      ...(input.recipient ? { recipient: input.recipient } : {}),
      full: false,
    },
    upTo: input.upTo ?? {},
    segments: input.segments,
    counts: countsOf(input.segments),
    key: input.sender,
    passphrase: input.passphrase,
    kdfIterations: input.kdfIterations,
  });
}
