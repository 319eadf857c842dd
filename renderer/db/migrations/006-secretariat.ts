import type Dexie from 'dexie';

/**
 * Version 6: the secretariat's own records, the staff list and the texts of each year's report
 * (forewords, chapter VI), so the report prints them instead of a placeholder. Found by year for
 * the report; nothing existing changes.
 */
export function migration006(db: Dexie): void {
  db.version(6).stores({
    staff: 'id, deleted, hlc',
    reportTexts: 'id, deleted, year, hlc',
  });
}
