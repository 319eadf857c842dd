import type Dexie from 'dexie';
import { migration001 } from './001-initial';
import { migration002 } from './002-activity';

/** Every schema version in order; the database applies them all on construction. */
export const MIGRATIONS: ReadonlyArray<(db: Dexie) => void> = [migration001, migration002];
