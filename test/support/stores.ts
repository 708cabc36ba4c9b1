import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore, type Store } from '../../src/store/connection.js';
import { migrateToLatest } from '../../src/store/migrate.js';

/** The PostgreSQL server for tests (scripts/start-postgres.sh makes this role). */
export const PG_URL = process.env.LODESTONE_TEST_PG ?? 'postgres://lodestone:lodestone@127.0.0.1:5432/postgres';

let pgAvailable: boolean | undefined;

/** Whether a PostgreSQL server answers. Under CI=true its absence is a failure, not a skip. */
export async function postgresAvailable(): Promise<boolean> {
  if (pgAvailable !== undefined) return pgAvailable;
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    pgAvailable = true;
  } catch (err) {
    if (process.env.CI === 'true') throw new Error(`CI=true but PostgreSQL is not reachable at ${PG_URL}: ${(err as Error).message}`);
    console.warn(`PostgreSQL not reachable at ${PG_URL}; PostgreSQL store tests are skipped (set LODESTONE_TEST_PG or run scripts/start-postgres.sh)`);
    pgAvailable = false;
  }
  return pgAvailable;
}

export interface TestStore {
  store: Store;
  location: string;
  dispose(): Promise<void>;
}

let counter = 0;

/** A fresh, migrated, empty database of the given dialect. */
export async function freshStore(dialect: 'sqlite' | 'postgres', migrate = true): Promise<TestStore> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lodestone-db-'));
    const location = join(dir, 'test.db');
    const store = await openStore(location);
    if (migrate) await migrateToLatest(store);
    return { store, location, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const name = `lodestone_test_${process.pid}_${Date.now()}_${counter++}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const location = PG_URL.replace(/\/[^/?]*(\?|$)/, `/${name}$1`);
  const store = await openStore(location);
  if (migrate) await migrateToLatest(store);
  return {
    store,
    location,
    dispose: async () => {
      await store.close();
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

const pgReady = await postgresAvailable();

/**
 * Runs the same suite against SQLite and PostgreSQL (STYLE.md: every store test on every
 * dialect, real databases). The PostgreSQL copy is skipped with a message only outside CI.
 */
export function describeEachStore(name: string, fn: (dialect: 'sqlite' | 'postgres') => void): void {
  describe(`${name} [sqlite]`, () => fn('sqlite'));
  describe.skipIf(!pgReady)(`${name} [postgres]`, () => fn('postgres'));
}
