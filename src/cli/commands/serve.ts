import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createApp } from '../../api/app.js';
import { loadApiConfig, type ApiConfig } from '../../api/config.js';
import { mountDashboard } from '../../api/static.js';
import { startServer } from '../../api/server.js';
import { StoreError, UsageError } from '../../domain/errors.js';
import { isPostgresUrl, openStore, type Store } from '../../store/connection.js';
import { dataBuildOf, migrateToLatest } from '../../store/migrate.js';
import { dbLocation } from '../db-open.js';
import { packageRoot, parseCommand, stringFlag, type CliIO } from '../io.js';

const HELP = `Usage: lodestone serve [--port N] [--host ADDRESS] [--db PATH|URL]
Serves the HTTP API and the dashboard over an existing database: no build, no ingestion,
listening within seconds. Port: --port, else LODESTONE_PORT, else 8080. Host: --host, else
LODESTONE_HOST, else 127.0.0.1 (loopback; use 0.0.0.0 to serve the network). Writes (POST
/api/ingest, /api/review) need the token of LODESTONE_API_TOKEN or .lodestone/config.json
(LODESTONE_CONFIG); without one they answer 403. Documentation at /api/docs. Stop with Ctrl-C.
`;

export const DEFAULT_PORT = 8080;

/** The port from --port, LODESTONE_PORT or the default, checked. */
export function portOf(flag: string | undefined, env: NodeJS.ProcessEnv): number {
  const text = flag ?? env.LODESTONE_PORT ?? String(DEFAULT_PORT);
  const name = flag !== undefined ? '--port' : 'LODESTONE_PORT';
  if (!/^\d+$/.test(text) || Number(text) > 65535) throw new UsageError(`${name} must be a port number 0–65535, got "${text}"`, 'e.g. --port 8080');
  return Number(text);
}

export interface ServeOptions {
  /** Resolves when the server should stop (default: SIGINT or SIGTERM). */
  stopSignal?: Promise<void>;
}

export async function run(args: string[], io: CliIO, opts: ServeOptions = {}): Promise<number> {
  const { values, positionals } = parseCommand(args, { port: { type: 'string' }, host: { type: 'string' } }, 'serve');
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`serve: unexpected "${positionals[0]}"`, 'options: --port, --host, --db');
  const port = portOf(stringFlag(values, 'port'), io.env);
  const hostname = stringFlag(values, 'host') ?? io.env.LODESTONE_HOST ?? '127.0.0.1';
  const location = dbLocation(values, io);
  if (!isPostgresUrl(location) && location !== ':memory:' && !existsSync(location)) {
    throw new StoreError(`no database at ${location}`, `serve does not build one: run "lodestone db build --db ${location}" (or "npm start")`);
  }
  const config = loadApiConfig(io.env, io.cwd);
  const store = await openStore(location);
  try {
    await migrateToLatest(store);
    if (!(await dataBuildOf(store))) throw new StoreError(`database ${location} has no data`, `run "lodestone db build --db ${location}"`);
    await serveStore(store, io, { port, hostname, config, stopSignal: opts.stopSignal });
    return 0;
  } finally {
    await store.close();
  }
}

/** The built dashboard: dist/web beside dist/cli. */
export function dashboardDir(): string {
  return resolve(packageRoot(), 'dist', 'web');
}

/**
 * Serves the API and the dashboard over an open store until the stop signal (default SIGINT or
 * SIGTERM); prints the URL and whether writes are enabled. Shared by `serve` and `start`.
 */
export async function serveStore(
  store: Store,
  io: CliIO,
  opts: { port: number; hostname: string; config: ApiConfig; stopSignal?: Promise<void>; showToken?: boolean },
): Promise<void> {
  const { config } = opts;
  const app = await createApp({ store, config, now: io.now, log: (m) => io.stderr(`${m}\n`), mount: (a) => mountDashboard(a, dashboardDir()) });
  const server = await startServer(app, { port: opts.port, hostname: opts.hostname });
  io.stdout(`Lodestone on ${server.url} (dashboard ${server.url}, API docs ${server.url}api/docs; database ${store.location})\n`);
  if (!config.token) io.stdout('writes disabled: no API token configured (set LODESTONE_API_TOKEN)\n');
  else if (opts.showToken) io.stdout(`API token for writes (ingest, review): ${config.token}\n`);
  else io.stdout(`writes enabled (token from ${config.tokenSource === 'env' ? 'LODESTONE_API_TOKEN' : config.configFile})\n`);
  await (opts.stopSignal ?? untilSignal());
  await server.close();
}

function untilSignal(): Promise<void> {
  return new Promise((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
