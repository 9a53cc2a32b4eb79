/**
 * The schema's versions, in order: each a file of SQL (as a TypeScript
 * string, so that the built CLI carries it inside its bundle and no file has
 * to be found beside it), applied once by database/migrate.ts. A change to
 * the schema is a new file here, never an edit of one a database may
 * already have had.
 */
import { INIT } from './001_init.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'init', sql: INIT }];
