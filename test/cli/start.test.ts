import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connection.js';
import { runCli } from '../support/cli.js';
import { run as startCommand } from '../../src/cli/commands/start.js';

const dir = mkdtempSync(join(tmpdir(), 'lodestone-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function demoEvents(db: string): Promise<number> {
  const store = await openStore(db);
  try {
    const rows = await store.db.selectFrom('event').select('tags').where('dataset', '=', 'news').execute();
    return rows.filter((r) => r.tags.split(';').includes('demo')).length;
  } finally {
    await store.close();
  }
}

describe('lodestone start', () => {
  it('builds the database on first run, ingests the demo news once, and prints the briefing', async () => {
    const db = join(dir, 'first.db');
    const first = await runCli(['start', '--no-serve', '--db', db], { now: '2025-12-01T09:00:00Z' });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/first run: building/);
    expect(first.stdout).toMatch(/Central Asia \(C5\) briefing, 2025-12-01/);
    // Kazakhstan's uranium lead (WMD 2022, 25,031 t of 55,972 t) heads the C5 positions.
    expect(first.stdout).toMatch(/Kazakhstan\s+Uranium\s+mine\s+1\s+44\.7 %/);
    // On 2025-12-01 the December 2024 Ga/Ge/Sb ban on the US is suspended.
    expect(first.stdout).toMatch(/\[suspended until 2026-11-27\] CHN: .*gallium/i);
    const n = await demoEvents(db);
    expect(n).toBeGreaterThanOrEqual(30);
    const second = await runCli(['start', '--no-serve', '--db', db], { now: '2025-12-01T09:00:00Z' });
    expect(second.code).toBe(0);
    expect(second.stderr).not.toMatch(/demo news/);
    expect(await demoEvents(db)).toBe(n);
  }, 120_000);

  it('--no-demo skips the demo corpus', async () => {
    const db = join(dir, 'nodemo.db');
    const r = await runCli(['start', '--no-demo', '--json', '--db', db]);
    expect(r.code).toBe(0);
    expect((r.json() as { top_positions: unknown[] }).top_positions.length).toBeGreaterThan(5);
    expect(await demoEvents(db)).toBe(0);
  }, 120_000);
});

describe('lodestone start (serving)', () => {
  it('serves the API on the port given and prints the URL and a new token', async () => {
    const db = join(dir, 'serve.db');
    const cwd = mkdtempSync(join(tmpdir(), 'lodestone-start-cwd-'));
    let stdout = '';
    let stop!: () => void;
    const stopped = new Promise<void>((r) => { stop = r; });
    const io = {
      stdout: (t: string) => { stdout += t; },
      stderr: () => undefined,
      env: {},
      cwd,
      now: () => new Date('2025-12-01T09:00:00Z'),
      isTTY: false,
    };
    const done = startCommand(['start', '--no-demo', '--port', '0', '--db', db].slice(1), io, { stopSignal: stopped });
    let url = '';
    for (let i = 0; i < 600 && !url; i += 1) {
      url = /Lodestone on (http:\/\/[^ ]+\/)/.exec(stdout)?.[1] ?? '';
      if (!url) await new Promise((r) => setTimeout(r, 100));
    }
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(stdout).toMatch(/API token for writes \(ingest, review\): \S{16,}/);
    const res = await fetch(`${url}api/commodities/tungsten?year=2025`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: boolean; data: { producers: { iso3: string; share: number }[] } };
    expect(body.ok).toBe(true);
    expect(body.data.producers.find((p) => p.iso3 === 'CHN')?.share).toBeCloseTo(0.788, 3);
    stop();
    expect(await done).toBe(0);
    rmSync(cwd, { recursive: true, force: true });
  }, 120_000);
});
