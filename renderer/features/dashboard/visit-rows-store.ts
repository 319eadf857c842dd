import { liveQuery, type Subscription } from 'dexie';
import type { VisitRecord } from '../../../shared/domain/activity';
import type { VisitRow } from '../../../shared/dashboard/activity';
import type { LocalSeq, NearDatabase } from '../../db/database';

/** Visits read per step: large enough to load quickly, small enough to let clicks through between steps. */
const PAGE = 5000;

export type VisitRowsSnapshot = { rows: readonly VisitRow[]; complete: boolean };

/**
 * Every visit as the few fields the dashboard counts (date, direction, members), held in memory:
 * reading 100,000 visits from IndexedDB takes seconds, counting them a few milliseconds, so the
 * store reads once, keeps the rows for the app's life, and then only reads what changed (rows
 * written here or by an import carry a higher `localSeq`). The timeline's rows have no direction,
 * hence a store of its own.
 */
export class VisitRowsStore {
  private byId = new Map<string, VisitRow>();
  private lastSeq = 0;
  private listeners = new Set<() => void>();
  private subscription: Subscription | undefined;
  private snapshot: VisitRowsSnapshot = { rows: [], complete: false };

  constructor(private readonly db: NearDatabase) {}

  /** Starts the first read and then follows changes; safe to call more than once. */
  start(): void {
    if (this.subscription) return;
    const latest = liveQuery(() => this.db.visits.orderBy('localSeq').last());
    let loaded = false;
    this.subscription = latest.subscribe({
      next: () => {
        if (loaded) void this.catchUp();
      },
    });
    void this.load().then(() => {
      loaded = true;
      // A visit saved while the first read was under way is picked up here.
      return this.catchUp();
    });
  }

  /** Registers a listener (for useSyncExternalStore); returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): VisitRowsSnapshot => this.snapshot;

  private publish(complete: boolean): void {
    this.snapshot = { rows: [...this.byId.values()], complete };
    for (const listener of this.listeners) listener();
  }

  private take(rows: ReadonlyArray<VisitRecord & LocalSeq>): void {
    for (const row of rows) {
      this.lastSeq = Math.max(this.lastSeq, row.localSeq ?? 0);
      if (row.deleted) this.byId.delete(row.id);
      else this.byId.set(row.id, { id: row.id, date: row.date, direction: row.direction, memberIds: row.memberIds });
    }
  }

  /** Reads all visits in primary-key pages, yielding to the window between pages. */
  private async load(): Promise<void> {
    performance.mark('dashboard:load-start');
    let after: string | undefined;
    for (;;) {
      const collection = after === undefined ? this.db.visits.orderBy('id') : this.db.visits.where('id').above(after);
      const page = await collection.limit(PAGE).toArray();
      this.take(page);
      if (page.length < PAGE) break;
      after = page[page.length - 1].id;
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 50 }));
    }
    this.publish(true);
    performance.mark('dashboard:load-end', { detail: { visits: this.byId.size } });
  }

  /** Applies visits written since the last look. */
  private async catchUp(): Promise<void> {
    const changed = await this.db.visits.where('localSeq').above(this.lastSeq).toArray();
    if (changed.length === 0) return;
    this.take(changed);
    this.publish(true);
  }
}
