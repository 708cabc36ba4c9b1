import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { mountDashboard } from '../../src/api/static.js';
import { openStore, type Store } from '../../src/store/connection.js';
import { copyBuiltDb } from '../support/built-db.js';

/** Debian's Chromium (package `chromium`), which .ci/run installs. */
export const CHROMIUM = '/usr/bin/chromium';
/** The flags of issue 5: headless, no sandbox (containers), nothing that talks to the network by itself. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const REPO = resolve(import.meta.dirname, '..', '..');
export const WEB_DIR = join(REPO, 'dist', 'web');
export const ARTIFACTS = join(REPO, 'test-artifacts');
export const TOKEN = 'e2e-test-token';
/** The fixed clock of the server under test ("today" for restriction status). */
export const NOW = new Date('2026-06-01T12:00:00Z');

/** Whether the browser tests can run: absent Chromium skips them, except under CI=true (a failure there). */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium package (apt-get install chromium)`);
  console.warn(`${CHROMIUM} not found: the dashboard's end-to-end tests are skipped (apt-get install chromium to run them)`);
  return false;
}

/** `describe` when Chromium is there, `describe.skip` (with the message above) when it is not. */
export function describeWithChromium(name: string, fn: () => void): void {
  if (chromiumAvailable()) describe(name, fn);
  else describe.skip(`${name} (no ${CHROMIUM})`, fn);
}

/** The newest modification time of the dashboard's sources (src/web). */
function newestSource(dir: string): number {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? newestSource(join(dir, d.name)) : statSync(join(dir, d.name)).mtimeMs)));
}

/**
 * Builds dist/web with Vite's JS API when it is missing or older than src/web (npm install's
 * prepare normally made it), so the browser never tests a stale build.
 */
export async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_DIR, 'index.html');
  if (existsSync(index) && existsSync(join(WEB_DIR, 'world-110m.json')) && statSync(index).mtimeMs >= newestSource(join(REPO, 'src', 'web'))) return;
  const { build } = await import('vite');
  await build({ configFile: join(REPO, 'src', 'web', 'vite.config.ts'), logLevel: 'warn' });
}

export interface Harness {
  server: RunningServer;
  store: Store;
  context: BrowserContext;
  page: Page;
  url: (hash: string) => string;
  close: () => Promise<void>;
}

/**
 * The real server in-process on 127.0.0.1 (ephemeral port) over a copy of the database built
 * from the bundle, with the dashboard mounted, and a fresh Chromium profile driving it.
 */
export async function startHarness(): Promise<Harness> {
  await ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'lodestone-e2e-'));
  const dbFile = join(dir, 'e2e.db');
  copyBuiltDb(dbFile);
  const store = await openStore(dbFile);
  // mounted as `lodestone serve` mounts it: before the API routes, under the same security headers
  const app = await createApp({
    store,
    config: { token: TOKEN, tokenSource: 'env', corsOrigins: [], configFile: join(dir, 'config.json') },
    now: () => NOW,
    log: () => undefined,
    mount: (a) => mountDashboard(a, WEB_DIR),
  });
  const server = await startServer(app, { port: 0, hostname: '127.0.0.1' });
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    store,
    context,
    page,
    url: (hash) => `${server.url}${hash}`,
    close: async () => {
      await context.close();
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
