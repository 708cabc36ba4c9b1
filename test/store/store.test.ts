import { sql } from 'kysely';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { insertRows, deleteRows, withIndexesDeferred } from '../../src/store/bulk.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import type { FigureRecord } from '../../src/domain/records.js';
import { describeEachStore, freshStore, type TestStore } from '../support/stores.js';

function figure(over: Partial<FigureRecord> = {}): FigureRecord {
  return {
    dataset: 'test', vintage: '2026', commodity_id: 'tungsten', country_iso3: 'KAZ', place: 'Kazakhstan',
    is_aggregate: 0, metric: 'production', stage: 'mine', series: 'Mine production', year: 2025,
    value: 2400, unit: 'metric tons', raw: '2,400', qualifier: 'estimated', note: '', source_row: 2, ...over,
  };
}

describeEachStore('store', (dialect) => {
  let t: TestStore;
  beforeEach(async () => {
    t = await freshStore(dialect);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('migrations are idempotent', async () => {
    expect(await migrateToLatest(t.store)).toEqual([]);
  });

  it('round-trips a figure with null, text and double values', async () => {
    await insertRows(t.store, t.store.db, 'figure', [figure(), figure({ country_iso3: null, place: 'World total', is_aggregate: 1, value: 85000.5, raw: '85,000', qualifier: null })]);
    const rows = await t.store.db.selectFrom('figure').selectAll().orderBy('is_aggregate').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ country_iso3: 'KAZ', value: 2400, qualifier: 'estimated' });
    expect(rows[1]).toMatchObject({ country_iso3: null, value: 85000.5, qualifier: null });
  });

  it('a failed transaction leaves nothing behind', async () => {
    await insertRows(t.store, t.store.db, 'figure', [figure()]);
    await expect(
      t.store.db.transaction().execute(async (trx) => {
        await deleteRows(trx, { table: 'figure', where: { dataset: 'test', vintage: '2026' } });
        await insertRows(t.store, trx, 'figure', [figure({ year: 2024 })]);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const rows = await t.store.db.selectFrom('figure').select(['year']).execute();
    expect(rows).toEqual([{ year: 2025 }]);
  });

  it('deletes by membership in another table', async () => {
    const ev = { id: 'e1', type: 'deal', title: 't', date: '2025-11-06', date_precision: 'day', location_iso3: null, sector: null, value_amount: null, value_currency: null, value_usd: null, review_state: 'accepted', corroboration: 1, dataset: 'curated-events', tags: '', created_at: 'x', updated_at: 'x' } as const;
    await insertRows(t.store, t.store.db, 'event', [ev, { ...ev, id: 'e2', dataset: 'news' }]);
    await insertRows(t.store, t.store.db, 'event_actor', [
      { event_id: 'e1', position: 0, name: 'KAZ', entity_id: null, iso3: 'KAZ', role: 'actor' },
      { event_id: 'e2', position: 0, name: 'USA', entity_id: null, iso3: 'USA', role: 'actor' },
    ]);
    await deleteRows(t.store.db, { table: 'event_actor', in: { column: 'event_id', from: 'event', select: 'id', fromWhere: { dataset: 'curated-events' } } });
    const left = await t.store.db.selectFrom('event_actor').select('event_id').execute();
    expect(left).toEqual([{ event_id: 'e2' }]);
  });

  it('inserts many rows (several multi-row statements plus a remainder) in order', async () => {
    const rows = Array.from({ length: 257 }, (_, i) => figure({ year: 1800 + i, value: i }));
    expect(await insertRows(t.store, t.store.db, 'figure', rows)).toBe(257);
    const back = await t.store.db.selectFrom('figure').select(['year', 'value']).orderBy('year').execute();
    expect(back).toHaveLength(257);
    expect(back[256]).toEqual({ year: 2056, value: 256 });
  });

  it('defers indexes during a bulk load and restores them', async () => {
    const before = await indexNames(t);
    expect(before).toContain('figure_commodity_id_metric_stage_year_idx');
    await t.store.db.transaction().execute(async (trx) => {
      await withIndexesDeferred(t.store, trx, ['figure'], async () => {
        await insertRows(t.store, trx, 'figure', [figure()]);
      });
    });
    expect(await indexNames(t)).toEqual(before);
    expect(await t.store.db.selectFrom('figure').select('year').execute()).toEqual([{ year: 2025 }]);
  });
});

async function indexNames(t: TestStore): Promise<string[]> {
  const q =
    t.store.dialect === 'sqlite'
      ? sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'figure' AND sql IS NOT NULL`
      : sql<{ name: string }>`SELECT indexname AS name FROM pg_indexes WHERE tablename = 'figure' AND schemaname = current_schema()`;
  const { rows } = await q.execute(t.store.db);
  return rows.map((r) => r.name).filter((n) => !n.endsWith('_pk')).sort();
}
