import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { StoreError } from '../domain/errors.js';
import type { Store } from './connection.js';
import * as initial from './migrations/2026-11-29-001-initial.js';

/** Versioned migrations, in order; names are timestamped and never change once released. */
const MIGRATIONS: Record<string, Migration> = {
  '2026-11-29-001-initial': initial,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to the latest migration. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw new StoreError(`migration failed: ${(error as Error).message}`, 'the database may be from a newer Lodestone; use a fresh --db');
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Drops every Lodestone table (down migrations in reverse) so a build starts from empty. */
export async function dropAll(store: Store): Promise<void> {
  for (const name of Object.keys(MIGRATIONS).reverse()) {
    await (MIGRATIONS[name] as Migration).down?.(store.db);
  }
  await store.db.schema.dropTable('kysely_migration').ifExists().execute();
  await store.db.schema.dropTable('kysely_migration_lock').ifExists().execute();
}

/** The data build stamp of a database, or undefined if it was never built. */
export async function dataBuildOf(store: Store): Promise<string | undefined> {
  try {
    const row = await store.db.selectFrom('meta').select('value').where('key', '=', 'data_build').executeTakeFirst();
    return row?.value;
  } catch {
    return undefined;
  }
}
