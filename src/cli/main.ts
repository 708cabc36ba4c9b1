import { LodestoneError, NotFoundError } from '../domain/errors.js';
import { processIO, type CliIO } from './io.js';

export type CommandRun = (args: string[], io: CliIO) => Promise<number>;

/** One lazily loaded module per command (Observable Framework's CLI pattern). */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ run: CommandRun }> }> = {
  start: { summary: 'build the default database if needed and print the Central Asia briefing', load: () => import('./commands/start.js') },
  db: { summary: 'db build | db migrate: create a database from the bundled tables', load: () => import('./commands/db.js') },
  data: { summary: 'data build: run every importer over ../shared and write the bundled tables', load: () => import('./commands/data.js') },
  import: { summary: 'import <source> [file...]: load a (newer) official file of a supported source', load: () => import('./commands/import.js') },
  commodity: { summary: 'commodity <name>: production, shares, concentration, reserves, US reliance', load: () => import('./commands/commodity.js') },
  concentration: { summary: 'concentration <commodity>: HHI conventions, top-3, CHN/RUS/C5 shares, governance-weighted HHI per year', load: () => import('./commands/concentration.js') },
  suppliers: { summary: 'suppliers <commodity> --importer ISO3 [--exclude CHN,RUS]: ranked alternative suppliers', load: () => import('./commands/suppliers.js') },
  risk: { summary: 'risk <commodity> --importer ISO3 [--year] [--source wmd|usgs] [--trade DATASET]: GeoPolRisk score and CF', load: () => import('./commands/risk.js') },
  exposure: { summary: 'exposure <commodity> --importer ISO3 [--stage ore|refined] [--suppliers CHN,RUS] [--on DATE]: import sources and shares', load: () => import('./commands/exposure.js') },
  criticality: { summary: 'criticality --importer ISO3 [--on DATE] [--csv]: every commodity ranked by GeoPolRisk, with exposure and restrictions', load: () => import('./commands/criticality.js') },
  country: { summary: 'country <name|iso3>: positions in world supply, governance, facilities, events', load: () => import('./commands/country.js') },
  restrictions: { summary: 'restrictions [--commodity] [--imposer] [--on DATE]: export-restriction measures', load: () => import('./commands/restrictions.js') },
  search: { summary: 'search <text>: commodities, countries, facilities, people, organisations', load: () => import('./commands/search.js') },
  extract: { summary: 'extract <file|dir...> [--out DIR] [--format eval|full]: entities and events from articles', load: () => import('./commands/extract.js') },
  ingest: { summary: 'ingest <file|dir...> [--accept] [--tag NAME] [--annotated]: articles into the knowledge base', load: () => import('./commands/ingest.js') },
  review: { summary: 'review [--accept ID...] [--reject ID... --reason TEXT] [--edit ID field=value...]: pending events', load: () => import('./commands/review.js') },
  events: { summary: 'events [--country] [--type] [--commodity] [--since] [--until] [--text]: accepted events with evidence', load: () => import('./commands/events.js') },
  scenario: { summary: 'scenario --commodity X --supplier CHN --cut 1 | --add KAZ:5000@2027: what-if price, shares, shortfalls', load: () => import('./commands/scenario.js') },
  serve: { summary: 'serve [--port N] [--host ADDR]: the HTTP API over an existing database (docs at /api/docs)', load: () => import('./commands/serve.js') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return [
    'Usage: lodestone <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command accepts --db PATH|URL (default ./lodestone.db or LODESTONE_DB), --json, --debug, --help.',
    '',
  ].join('\n');
}

/** Runs one command; the single place errors become messages and exit codes. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  const debug = argv.includes('--debug');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new NotFoundError('command', name, Object.keys(COMMANDS).filter((c) => c.startsWith(name.slice(0, 2))));
    const mod = await command.load();
    return await mod.run(rest, io);
  } catch (err) {
    if (err instanceof LodestoneError) {
      io.stderr(`lodestone: ${err.message}\n`);
      if (err.hint) io.stderr(`  ${err.hint}\n`);
      if (debug && err.stack) io.stderr(`${err.stack}\n`);
      return err.exitCode;
    }
    const e = err as Error;
    io.stderr(`lodestone: unexpected error: ${e.message}\n`);
    io.stderr(debug ? `${e.stack}\n` : '  run again with --debug for the stack trace\n');
    return 1;
  }
}
