import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { StoreError } from '../domain/errors.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

/** An open database: the typed query layer plus what bulk loading needs of the driver. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The location as given (file path or URL without password). */
  location: string;
  /** The raw SQLite handle (bulk loads use prepared statements directly). */
  sqlite?: BetterSqlite3.Database;
  close(): Promise<void>;
}

export const DEFAULT_DB = './lodestone.db';

/** Picks the database: the `--db` flag, else LODESTONE_DB, else ./lodestone.db. */
export function resolveDbLocation(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.LODESTONE_DB ?? DEFAULT_DB;
}

export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/** Opens SQLite (a file path or ':memory:') or PostgreSQL (a postgres:// URL). */
export async function openStore(location: string): Promise<Store> {
  if (isPostgresUrl(location)) {
    const pool = new pg.Pool({ connectionString: location, max: 4 });
    try {
      const client = await pool.connect();
      client.release();
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new StoreError(`cannot connect to PostgreSQL at ${redact(location)}: ${(err as Error).message}`, 'check the URL, that the server runs, and the user and password');
    }
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', location: redact(location), close: () => db.destroy() };
  }
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(location);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
  } catch (err) {
    throw new StoreError(`cannot open SQLite database ${location}: ${(err as Error).message}`, 'check the path and its permissions');
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', location, sqlite, close: () => db.destroy() };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
