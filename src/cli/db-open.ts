import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { openStore, isPostgresUrl, resolveDbLocation, type Store } from '../store/connection.js';
import { dataBuildOf, dropAll, migrateToLatest } from '../store/migrate.js';
import { StoreError } from '../domain/errors.js';
import { loadBundle } from '../ingest/load-bundle.js';
import { terminalProgress, silentProgress } from '../ingest/progress.js';
import { packageRoot, stringFlag, type CliIO, type ParsedCommand } from './io.js';

export function dbLocation(values: ParsedCommand['values'], io: CliIO): string {
  const loc = resolveDbLocation(stringFlag(values, 'db'), io.env);
  return isPostgresUrl(loc) || loc === ':memory:' ? loc : resolve(io.cwd, loc);
}

export function bundleDir(): string {
  return resolve(packageRoot(), 'data');
}

/** Creates a fresh database from the bundled tables (an existing one at that place is replaced). */
export async function buildDatabase(location: string, io: CliIO): Promise<{ store: Store; counts: Record<string, number>; build: string }> {
  if (!isPostgresUrl(location) && location !== ':memory:') {
    for (const suffix of ['', '-wal', '-shm', '-journal']) if (existsSync(location + suffix)) rmSync(location + suffix);
  }
  const store = await openStore(location);
  try {
    if (store.dialect === 'postgres') await dropAll(store);
    await migrateToLatest(store);
    const { counts, manifest } = await loadBundle(store, bundleDir(), io.isTTY ? terminalProgress() : silentProgress);
    return { store, counts, build: manifest.build };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/**
 * Opens the database for a reading command. A missing default SQLite file is built from the
 * bundled data first (so every command works on a fresh clone); a database that was never built
 * is an error with the fix.
 */
export async function openForRead(values: ParsedCommand['values'], io: CliIO): Promise<Store> {
  const location = dbLocation(values, io);
  if (!isPostgresUrl(location) && location !== ':memory:' && !existsSync(location)) {
    io.stderr(`building ${location} from the bundled data…\n`);
    return (await buildDatabase(location, io)).store;
  }
  const store = await openStore(location);
  await migrateToLatest(store);
  if (!(await dataBuildOf(store))) {
    await store.close();
    throw new StoreError(`database ${location} has no data`, `run "lodestone db build --db ${location}"`);
  }
  return store;
}
