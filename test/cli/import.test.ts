import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/connection.js';
import { runCli } from '../support/cli.js';
import { copyBuiltDb } from '../support/built-db.js';

/** `lodestone import` end to end on a database built from the bundle, with fixtures we wrote. */
const FIX = resolve(import.meta.dirname, '..', 'fixtures', 'usgs-mcs');
const dir = mkdtempSync(join(tmpdir(), 'lodestone-import-'));
const db = join(dir, 'lodestone.db');

type Counts = { figure: number; salient: number; import_share: number; dataset: number };

async function counts(): Promise<Counts> {
  const store = await openStore(db);
  try {
    const out: Counts = { figure: 0, salient: 0, import_share: 0, dataset: 0 };
    for (const t of ['figure', 'salient', 'import_share', 'dataset'] as const) {
      const r = await store.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      out[t] = Number(r.n);
    }
    return out;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  copyBuiltDb(db);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lodestone import', () => {
  it('imports a file as a new vintage, and importing it again changes no count', async () => {
    const before = await counts();
    const first = await runCli(['import', 'usgs-mcs-2026', join(FIX, 'long-small.csv'), '--vintage', '2027', '--json', '--db', db]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const report = first.json() as { rowsRead: number; rowsStored: number };
    expect(report.rowsRead).toBe(12);
    const once = await counts();
    expect(once.dataset).toBe(before.dataset + 1);
    expect(once.figure + once.salient + once.import_share).toBeGreaterThan(before.figure + before.salient + before.import_share);
    expect((await runCli(['import', 'usgs-mcs-2026', join(FIX, 'long-small.csv'), '--vintage', '2027', '--db', db])).code).toBe(0);
    expect(await counts()).toEqual(once);
  });

  it('a corrupted file exits 3 naming file, row and column, and changes nothing', async () => {
    const before = await counts();
    const r = await runCli(['import', 'usgs-mcs-2026', join(FIX, 'bad-text-value.csv'), '--vintage', '2027', '--db', db]);
    expect(r.code).toBe(3);
    // bad-text-value.csv line 3 holds "about two thousand" in the Value column.
    expect(r.stderr).toMatch(/bad-text-value\.csv/);
    expect(r.stderr).toMatch(/row 3/);
    expect(r.stderr).toMatch(/Value/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(await counts()).toEqual(before);
  });

  it('an unknown source exits 2 with the list of close ids', async () => {
    const r = await runCli(['import', 'usgs', join(FIX, 'long-small.csv'), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usgs-mcs-2026/);
  });
});
