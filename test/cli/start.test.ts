import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connection.js';
import { runCli } from '../support/cli.js';

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
    const first = await runCli(['start', '--db', db], { now: '2025-12-01T09:00:00Z' });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/first run: building/);
    expect(first.stdout).toMatch(/Central Asia \(C5\) briefing, 2025-12-01/);
    // Kazakhstan's uranium lead (WMD 2022, 25,031 t of 55,972 t) heads the C5 positions.
    expect(first.stdout).toMatch(/Kazakhstan\s+Uranium\s+mine\s+1\s+44\.7 %/);
    // On 2025-12-01 the December 2024 Ga/Ge/Sb ban on the US is suspended.
    expect(first.stdout).toMatch(/\[suspended until 2026-11-27\] CHN: .*gallium/i);
    const n = await demoEvents(db);
    expect(n).toBeGreaterThanOrEqual(30);
    const second = await runCli(['start', '--db', db], { now: '2025-12-01T09:00:00Z' });
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
