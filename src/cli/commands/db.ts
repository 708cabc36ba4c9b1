import { UsageError } from '../../domain/errors.js';
import { openStore } from '../../store/connection.js';
import { migrateToLatest } from '../../store/migrate.js';
import { buildDatabase, dbLocation } from '../db-open.js';
import { parseCommand, printJson, type CliIO } from '../io.js';

const HELP = `Usage: lodestone db build [--db PATH|URL]   create the database from the bundled tables (replaces it)
       lodestone db migrate [--db PATH|URL] bring the schema up to date
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(args, {}, 'db');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const [sub] = positionals;
  const location = dbLocation(values, io);
  if (sub === 'build') {
    const started = Date.now();
    const { store, counts, build } = await buildDatabase(location, io);
    await store.close();
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    if (values.json) printJson(io, { database: location, data_build: build, rows: total, tables: counts, seconds: (Date.now() - started) / 1000 });
    else io.stdout(`built ${location}: ${total} rows in ${Object.keys(counts).length} tables (data build ${build}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return 0;
  }
  if (sub === 'migrate') {
    const store = await openStore(location);
    const done = await migrateToLatest(store);
    await store.close();
    io.stdout(done.length ? `applied: ${done.join(', ')}\n` : 'schema is up to date\n');
    return 0;
  }
  throw new UsageError(`db: unknown subcommand "${sub ?? ''}"`, 'use "db build" or "db migrate"');
}
