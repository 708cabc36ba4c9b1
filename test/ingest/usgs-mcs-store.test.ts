import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DataError } from '../../src/domain/errors.js';
import { runImport } from '../../src/ingest/run-import.js';
import { usgsMcs2025 } from '../../src/ingest/sources/usgs-mcs-2025.js';
import { usgsMcs2026 } from '../../src/ingest/sources/usgs-mcs-2026.js';
import type { Store } from '../../src/store/connection.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';

/** Fixtures written for these tests (test/fixtures/usgs-mcs/). */
const FIX = join(import.meta.dirname, '..', 'fixtures', 'usgs-mcs');
const LONG = [join(FIX, 'long-small.csv'), join(FIX, 'audit-small.csv')];
const WIDE = [join(FIX, 'wide-small.csv'), join(FIX, 'salient'), join(FIX, 'fig2-small.csv')];
const now = (): Date => new Date('2026-11-29T00:00:00Z');

async function counts(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['figure', 'salient', 'import_share', 'dataset'] as const) {
    const r = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

describeEachStore('runImport with the USGS MCS importers', (dialect) => {
  let t: TestStore;
  let dir: string;
  beforeEach(async () => {
    t = await freshStore(dialect);
    dir = mkdtempSync(join(tmpdir(), 'lodestone-mcs-'));
  });
  afterEach(async () => {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports a vintage twice without duplicating rows', async () => {
    const first = await runImport(t.store, usgsMcs2026, LONG, { now });
    expect(first.rowsStored).toBe(12);
    const once = await counts(t.store);
    expect(once).toEqual({ figure: 7, salient: 3, import_share: 2, dataset: 1 });
    await runImport(t.store, usgsMcs2026, LONG, { now });
    expect(await counts(t.store)).toEqual(once);
    const brazil = await t.store.db.selectFrom('figure').selectAll().where('place', '=', 'Brazil').executeTakeFirstOrThrow();
    expect(brazil).toMatchObject({ value: 11000000, raw: '11,000,000', qualifier: 'revised', vintage: '2026' });
  });

  it('keeps both vintages side by side', async () => {
    await runImport(t.store, usgsMcs2026, LONG, { now });
    await runImport(t.store, usgsMcs2025, WIDE, { now });
    const datasets = await t.store.db.selectFrom('dataset').select(['id', 'vintage', 'citation']).orderBy('vintage').execute();
    expect(datasets.map((d) => [d.id, d.vintage])).toEqual([['usgs-mcs', '2025'], ['usgs-mcs', '2026']]);
    const china = await t.store.db
      .selectFrom('figure')
      .select(['vintage', 'year', 'value'])
      .where('commodity_id', '=', 'tungsten')
      .where('country_iso3', '=', 'CHN')
      .where('metric', '=', 'production')
      .orderBy('vintage')
      .orderBy('year')
      .execute();
    expect(china).toEqual([
      { vintage: '2025', year: 2023, value: 66000 },
      { vintage: '2025', year: 2024, value: 67000 },
      { vintage: '2026', year: 2025, value: 67000 },
    ]);
    await runImport(t.store, usgsMcs2025, WIDE, { now });
    expect((await counts(t.store)).dataset).toBe(2);
  });

  it('fails on a corrupted copy, naming the row, and leaves the database as it was', async () => {
    await runImport(t.store, usgsMcs2026, LONG, { now });
    const before = await counts(t.store);
    const corrupted = join(dir, 'long-small.csv');
    copyFileSync(LONG[0] as string, corrupted);
    const lines = readFileSync(corrupted, 'utf8').split('\n');
    lines[7] = (lines[7] as string).replace('"67,000"', '"sixty-seven thousand"');
    writeFileSync(corrupted, lines.join('\n'));
    const err = await runImport(t.store, usgsMcs2026, [corrupted, LONG[1] as string], { now }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).location).toEqual({ file: corrupted, row: 8, column: 'Value' });
    expect(await counts(t.store)).toEqual(before);
    const china = await t.store.db.selectFrom('figure').select('value').where('place', '=', 'China').where('commodity_id', '=', 'tungsten').where('metric', '=', 'production').executeTakeFirstOrThrow();
    expect(china.value).toBe(67000);
  });
});
