/**
 * The one way the server talks to its database, whichever it is: embedded
 * PGlite (pgliteDatabase.ts) or a PostgreSQL server (postgresDatabase.ts).
 * Both speak PostgreSQL's dialect, so the migrations and every query in
 * store/ are written once. Parameters are always passed apart from the SQL
 * text ($1, $2 …): no value a user sent is ever part of a statement.
 */

/** What a parameter may be: text (JSON documents too), numbers, booleans, null. */
export type SqlValue = string | number | boolean | null;

export interface Queryable {
  /** One statement with its parameters; the rows it returns. */
  query<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** A script of several statements without parameters (the migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, for the server's first lines: a directory, or a server and database. */
  readonly location: string;
  /**
   * Runs `work` in one transaction (READ COMMITTED; a save locks its park's
   * row, store/versions.ts): committed when it resolves, rolled back when
   * it throws.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
