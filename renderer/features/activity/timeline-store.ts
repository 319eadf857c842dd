import { liveQuery, type Collection, type Subscription } from 'dexie';
import type { MeetingRecord, VisitRecord } from '../../../shared/domain/activity';
import { createLookup, entrySorter, meetingEntry, visitEntry, type TimelineEntry, type TimelineLookup } from '../../../shared/domain/timeline';
import type { LocalSeq, NearDatabase } from '../../db/database';

/** The first read is small so the screen paints at once; the rest is read in large steps. */
const FIRST_PAGE = 100;
const PAGE = 2000;
/** While loading, the list is refreshed at most this often (each refresh re-filters everything loaded). */
const PUBLISH_EVERY_MS = 500;

export type TimelineSnapshot = { entries: readonly TimelineEntry[]; complete: boolean };

/**
 * The whole activity record as compact timeline rows, held in memory so that filters and search
 * over 100,000 entries answer without touching IndexedDB. It loads newest first in pages (the first
 * page is on screen long before the rest has arrived), then follows changes: rows this laptop or an
 * import writes carry a higher `localSeq`, and only those are read again.
 */
export class TimelineStore {
  private byId = new Map<string, TimelineEntry>();
  private sorted: TimelineEntry[] = [];
  private complete = false;
  private lastSeq = 0;
  private generation = 0;
  private listeners = new Set<() => void>();
  private subscriptions: Subscription[] = [];
  private snapshotCache: TimelineSnapshot = { entries: [], complete: false };
  /** Sorts again only the years whose entries changed: while loading, the year the last page reached. */
  private readonly sort = entrySorter();

  constructor(private readonly db: NearDatabase) {}

  /** Starts loading and watching; returns the function that stops it. */
  start(): () => void {
    // Names of members, committees and contacts feed every row's search text: reload all when they change.
    const lookups = liveQuery(() =>
      Promise.all([this.db.members.count(), this.db.committees.count(), this.db.contacts.count(), this.latestUpdate()]),
    );
    // The first answer only says what is there now; the load below has already started.
    let first = true;
    this.subscriptions.push(
      lookups.subscribe({
        next: () => {
          if (!first) void this.reload();
          first = false;
        },
      }),
    );
    void this.reload();
    const activity = liveQuery(() =>
      Promise.all([this.db.visits.orderBy('localSeq').last(), this.db.meetings.orderBy('localSeq').last()]),
    );
    this.subscriptions.push(activity.subscribe({ next: () => void this.catchUp() }));
    return () => {
      this.generation += 1;
      for (const subscription of this.subscriptions) subscription.unsubscribe();
      this.subscriptions = [];
    };
  }

  /** Registers a listener for changes; returns the unsubscribe function (for useSyncExternalStore). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The current rows, newest first, and whether everything has been read. */
  getSnapshot = (): TimelineSnapshot => this.snapshotCache;

  private publish(): void {
    this.snapshotCache = { entries: this.sorted, complete: this.complete };
    for (const listener of this.listeners) listener();
  }

  private async latestUpdate(): Promise<string> {
    const [member, committee, contact] = await Promise.all([
      this.db.members.toCollection().last(),
      this.db.committees.toCollection().last(),
      this.db.contacts.toCollection().last(),
    ]);
    return [member?.hlc, committee?.hlc, contact?.hlc].join('|');
  }

  private async lookup(): Promise<TimelineLookup> {
    const [members, committees, contacts] = await Promise.all([
      this.db.members.toArray(),
      this.db.committees.toArray(),
      this.db.contacts.toArray(),
    ]);
    return createLookup(members, committees, contacts);
  }

  /** The newest visits below `upper` (all of them from the top when null). */
  private visitPage(upper: [string, string] | null, size: number): Promise<Array<VisitRecord & LocalSeq>> {
    const range: Collection<VisitRecord & LocalSeq, string> = upper
      ? this.db.visits.where('[date+id]').below(upper)
      : this.db.visits.orderBy('[date+id]');
    return range.reverse().limit(size).toArray();
  }

  private project<R extends (VisitRecord | MeetingRecord) & LocalSeq>(
    rows: readonly R[],
    toEntry: (row: R) => TimelineEntry,
  ): void {
    for (const row of rows) {
      this.lastSeq = Math.max(this.lastSeq, row.localSeq ?? 0);
      if (row.deleted) this.byId.delete(row.id);
      else this.byId.set(row.id, toEntry(row));
    }
  }

  private projectVisits(rows: ReadonlyArray<VisitRecord & LocalSeq>, lookup: TimelineLookup): void {
    this.project(rows, (row) => visitEntry(row.id, row, lookup));
  }

  private projectMeetings(rows: ReadonlyArray<MeetingRecord & LocalSeq>, lookup: TimelineLookup): void {
    this.project(rows, (row) => meetingEntry(row.id, row, lookup));
  }

  private resort(): void {
    this.sorted = this.sort(this.byId.values());
  }

  /** Reads everything again, newest first, publishing after the first page. */
  private async reload(): Promise<void> {
    const generation = ++this.generation;
    performance.mark('timeline:load-start');
    // Everything the first screen needs in one read transaction: one round trip, not five.
    const { db } = this;
    const [lookup, meetings, firstPage] = await db.transaction('r', [db.members, db.committees, db.contacts, db.meetings, db.visits], () =>
      Promise.all([this.lookup(), db.meetings.toArray(), this.visitPage(null, FIRST_PAGE)]),
    );
    if (generation !== this.generation) return;
    this.byId = new Map<string, TimelineEntry>();
    this.complete = false;
    this.lastSeq = 0;
    this.projectMeetings(meetings, lookup);
    let upper: [string, string] | null = null;
    let published = 0;
    for (let size = FIRST_PAGE; ; size = PAGE) {
      const page = upper === null ? firstPage : await this.visitPage(upper, size);
      if (generation !== this.generation) return;
      this.projectVisits(page, lookup);
      if (page.length < size) break;
      const last: VisitRecord = page[page.length - 1];
      upper = [last.date, last.id];
      if (performance.now() - published > PUBLISH_EVERY_MS) {
        this.resort();
        this.publish();
        published = performance.now();
      }
      // Let clicks and keystrokes through between pages: the load runs behind whatever the user does.
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 100 }));
    }
    this.resort();
    this.complete = true;
    this.publish();
    performance.mark('timeline:load-end', { detail: { entries: this.sorted.length } });
  }

  /** Applies rows written since the last look (a saved visit, an import). */
  private async catchUp(): Promise<void> {
    if (!this.complete) return;
    const generation = this.generation;
    const [visits, meetings] = await Promise.all([
      this.db.visits.where('localSeq').above(this.lastSeq).toArray(),
      this.db.meetings.where('localSeq').above(this.lastSeq).toArray(),
    ]);
    if (generation !== this.generation || visits.length + meetings.length === 0) return;
    const lookup = await this.lookup();
    this.projectVisits(visits, lookup);
    this.projectMeetings(meetings, lookup);
    this.resort();
    this.publish();
  }
}
