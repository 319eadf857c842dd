import Dexie, { type Table } from 'dexie';
import type { CommitteeRecord } from '../../shared/domain/committee';
import type { MemberRecord } from '../../shared/domain/member';
import { MIGRATIONS } from './migrations';

/** Key-value rows about this installation: its id, its clock, first-run choices. */
export type MetaRow =
  | { key: 'installation'; id: string; createdAt: string }
  | { key: 'clock'; hlc: string }
  | { key: 'firstRun'; choice: 'sample' | 'empty'; at: string };

export const DATABASE_NAME = 'near-desk';

/** The registry as stored in IndexedDB on this laptop. */
export class NearDatabase extends Dexie {
  members!: Table<MemberRecord, string>;
  committees!: Table<CommitteeRecord, string>;
  meta!: Table<MetaRow, string>;

  /** The newest schema version this build knows. */
  readonly schemaVersion: number;

  constructor(name: string = DATABASE_NAME, migrations = MIGRATIONS) {
    super(name, { autoOpen: false });
    for (const migrate of migrations) migrate(this);
    this.schemaVersion = this.verno;
  }
}
