import type { Change } from './changes';
import type { CollectionName, OfficeRole } from './collections';
import type { FieldConflict, SyncRecord } from './merge';
import type { IncomingSegment } from './open-bundle';
import type { AuthorStatement } from './segments';
import type { ChangeCounts, ConflictRecord, NewSegmentRow, PartialRow, PeerRecord } from './store';

/** What a reconciliation (reconcile.ts) takes and reports: batches, trust, and what it applied, held back or left out. */

/** A change only the secretariat may make, signed by another office: left out, the rest applied. */
export type Refusal = { collection: CollectionName; recordId: string; label: string; fields: string[]; origin: string };

/**
 * Why changes were left out because this laptop cannot attribute them to a trusted key: signed by
 * an office it does not know (yet), by a revoked one, by a key other than the one it trusts for
 * that office, with a signature that does not hold, claiming to be this installation, or carried
 * by a format 1 bundle in another installation's name (which that format cannot prove).
 */
export const UNATTRIBUTED_REASONS = ['unknown', 'revoked', 'keyChanged', 'forged', 'impostor', 'unprovable'] as const;
export type UnattributedReason = (typeof UNATTRIBUTED_REASONS)[number];

/** Changes left out for one author and one reason; `publicKey` lets a person trust an unknown office. */
export type Unattributed = {
  reason: UnattributedReason;
  installationId: string;
  office?: string;
  person?: string;
  role?: OfficeRole;
  publicKey?: string;
  fingerprint?: string;
  segments: number;
  changes: number;
};

/** A segment stamped too far ahead of this laptop's clock: kept, not applied or passed on, until its time. */
export type HeldBack = {
  installationId: string;
  office: string;
  seq: number;
  changes: number;
  /** The latest clock in it, as a time. */
  stampedAt: string;
  /** How far that is ahead of this laptop's clock when it arrived. */
  aheadMs: number;
  /** From when it applies by itself. */
  appliesFrom: string;
  /** The office whose bundle brought it. */
  via?: string;
};

/** A change whose value breaks its field's rules: left out and named. */
export type InvalidChange = { collection: CollectionName; recordId: string; field: string; origin: string };

/** A batch of changes by one author: a signed segment, or a format 1 bundle's changes in its sender's name. */
export type Batch = { author: AuthorStatement; changes: Change[]; segment?: IncomingSegment };

/** Who this laptop trusts, with which key and role, and the clock it judges time by. */
export type TrustContext = {
  self: { installationId: string; role: OfficeRole; publicKey: string };
  /** Trusted installations: their keys and roles (this one included). */
  trusted: Map<string, { publicKey: string; role: OfficeRole }>;
  peers: Map<string, PeerRecord>;
  fingerprints: Map<string, string>;
  now: number;
};

export type Reconciliation = {
  perCollection: Record<CollectionName, ChangeCounts>;
  conflicts: Array<{ collection: CollectionName; recordId: string; conflict: FieldConflict }>;
  superseded: ConflictRecord[];
  /** Changes only the secretariat may make, signed by another office: left out. */
  refusals: Refusal[];
  /** Changes this laptop cannot attribute to a trusted key: left out, per author and reason. */
  unattributed: Unattributed[];
  /** Segments stamped too far ahead: kept aside until their time. */
  held: HeldBack[];
  /** Changes whose values break their fields' rules: left out (a signed batch with one, whole). */
  invalid: InvalidChange[];
  /** Records held here still incomplete after the import (waiting for changes that bring the fields they lack). */
  pending: number;
  /** Installations that signed two different segments under one number (all are kept). */
  forks: Array<{ installationId: string; seq: number }>;
  /** Segments new here: applied, or held back. */
  newSegments: NewSegmentRow[];
  alreadyHeld: number;
  /** The latest clock applied (this laptop's clock moves past it). */
  latest: string;
};

export type ReconcileOptions = {
  /** Stores what was merged, batch by batch (inside the caller's transaction); absent for a preview. */
  write?: {
    records(collection: CollectionName, records: SyncRecord[]): Promise<void>;
    partials(rows: PartialRow[], completed: string[]): Promise<void>;
  };
  /** Segments held back earlier whose time has come: applied now, not counted as new. */
  releasing?: boolean;
  onProgress?: (done: number, total: number) => void;
  bundleId?: string;
  via?: { installationId: string; office: string };
};
