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
  country: { summary: 'country <name|iso3>: positions in world supply, governance, facilities, events', load: () => import('./commands/country.js') },
  restrictions: { summary: 'restrictions [--commodity] [--imposer] [--on DATE]: export-restriction measures', load: () => import('./commands/restrictions.js') },
  search: { summary: 'search <text>: commodities, countries, facilities, people, organisations', load: () => import('./commands/search.js') },
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
