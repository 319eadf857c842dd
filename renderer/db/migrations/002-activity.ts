import type Dexie from 'dexie';

/**
 * Version 2: the activity record. Meetings and visits are indexed by date (with the id, so the
 * timeline can page through 100,000 entries by key) and by `localSeq`, a local, never-synced stamp
 * of when this laptop last wrote the row, so the timeline can pick up just what changed.
 * Follow-ups are their own rows (marking one done never clashes with editing its visit); drafts
 * keep half-typed forms across a closed lid or a crash.
 */
export function migration002(db: Dexie): void {
  db.version(2).stores({
    meetings: 'id, deleted, [startDate+id], committeeId, localSeq',
    visits: 'id, deleted, [date+id], *memberIds, committeeId, localSeq',
    contacts: 'id, deleted, memberId',
    followUps: 'id, deleted, visitId, [deleted+dueOn]',
    drafts: 'key',
  });
}
