import type Dexie from 'dexie';
import { migration001 } from './001-initial';
import { migration002 } from './002-activity';
import { migration003 } from './003-sync';
import { migration004 } from './004-governance';
import { migration005 } from './005-signed-changes';
import { migration006 } from './006-secretariat';
import { migration007 } from './007-visit-tally';

/** Every schema version in order; the database applies them all on construction. */
export const MIGRATIONS: ReadonlyArray<(db: Dexie) => void> = [migration001, migration002, migration003, migration004, migration005, migration006, migration007];
