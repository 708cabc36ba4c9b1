import { existsSync } from 'node:fs';
import { centralAsiaBriefing } from '../../api/profiles/briefing.js';
import { isPostgresUrl, openStore } from '../../store/connection.js';
import { migrateToLatest, dataBuildOf } from '../../store/migrate.js';
import { buildDatabase, dbLocation } from '../db-open.js';
import { pct, num, table } from '../format.js';
import { parseCommand, printJson, stringFlag, type CliIO } from '../io.js';
import { ingestDemoNews } from './ingest.js';
import { portOf, serveStore, type ServeOptions } from './serve.js';
import { ensureApiToken } from '../../api/config.js';

const HELP = `Usage: lodestone start [--db PATH|URL] [--port N] [--no-demo] [--no-serve] [--json]
Builds the default database from the bundled data on first run, ingests the demo news corpus
(events accepted and tagged demo; --no-demo skips it), prints a Central Asia briefing (the C5's
top positions in world supply, export restrictions in force, latest events), then serves the
dashboard and the API on http://localhost:8080 (--port, LODESTONE_PORT) and prints the URL and
the API token (created in .lodestone/config.json on first run). --no-serve stops after the briefing.
`;

export async function run(args: string[], io: CliIO, opts: ServeOptions = {}): Promise<number> {
  const { values } = parseCommand(args, { 'no-demo': { type: 'boolean' }, 'no-serve': { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' } }, 'start');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  const location = dbLocation(values, io);
  let store;
  const fresh = !isPostgresUrl(location) && !existsSync(location);
  if (fresh) {
    io.stderr(`first run: building ${location} from the bundled data…\n`);
    store = (await buildDatabase(location, io)).store;
  } else {
    store = await openStore(location);
    await migrateToLatest(store);
    if (!(await dataBuildOf(store))) {
      await store.close();
      store = (await buildDatabase(location, io)).store;
    }
  }
  try {
    if (!values['no-demo']) {
      const demo = await ingestDemoNews(store, io);
      const fresh = demo.items.filter((i) => i.status === 'new').length;
      if (fresh > 0) io.stderr(`demo news: ${fresh} articles ingested, events accepted and tagged demo (--no-demo skips them)\n`);
    }
    const b = await centralAsiaBriefing(store.db, io.now().toISOString().slice(0, 10));
    if (values.json) {
      printJson(io, b);
      return 0;
    }
    const port = portOf(stringFlag(values, 'port'), io.env);
    const lines = [
      `Lodestone — Central Asia (C5) briefing, ${b.on}   (database ${location}, data build ${b.data_build})`,
      '',
      "The C5's leading positions in world supply:",
      table(
        ['Country', 'Commodity', 'Stage', 'Rank', 'Share', 'Value', 'Unit', 'Year', 'Source'],
        b.top_positions.map((p) => [p.country, p.name, p.stage, p.rank, pct(p.share), num(p.value), p.unit, p.year, `${p.dataset} ${p.vintage}`]),
        ['l', 'l', 'l', 'r', 'r', 'r', 'l', 'r', 'l'],
      ),
      '',
      `Export restrictions in force or suspended on ${b.on}:`,
      ...(b.restrictions.length
        ? b.restrictions.map((r) => `  [${r.status}${r.status === 'suspended' && r.suspended_until ? ` until ${r.suspended_until}` : ''}] ${r.imposer}: ${r.title}`)
        : ['  none recorded']),
      '',
      'Latest events in the ledger:',
      ...b.latest_events.map((e) => `  ${e.date ?? '????'}  ${e.type.padEnd(18)} ${e.title}${e.sources[0] ? `\n  ${' '.repeat(10)} source: ${e.sources[0]}` : ''}`),
      '',
      'Next: lodestone commodity tungsten · lodestone country Kazakhstan · lodestone restrictions --imposer CHN · lodestone --help',
      '',
    ];
    io.stdout(lines.join('\n'));
    if (values['no-serve']) return 0;
    const { config, created } = ensureApiToken(io.env, io.cwd);
    if (created) io.stdout(`created an API token in ${config.configFile}\n`);
    await serveStore(store, io, { port, hostname: stringFlag(values, 'host') ?? io.env.LODESTONE_HOST ?? '127.0.0.1', config, showToken: true, stopSignal: opts.stopSignal });
    return 0;
  } finally {
    await store.close();
  }
}
