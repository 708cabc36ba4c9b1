import { commodityRecords } from '../domain/commodities.js';
import { countryRecords } from '../domain/countries.js';
import { groupRecords } from '../domain/groups.js';
import type { Store } from '../store/connection.js';
import { insertRows, withIndexesDeferred } from '../store/bulk.js';
import { BUNDLED_TABLES, type TableName } from '../store/schema.js';
import { readBundleTable, readManifest, type BundleManifest } from './bundle.js';
import type { Progress } from './progress.js';
import { silentProgress } from './progress.js';

/** The reference tables, always built from the code (src/domain/reference), never from files. */
export function referenceTables(): Partial<Record<TableName, Record<string, unknown>[]>> {
  const c = countryRecords();
  const m = commodityRecords();
  const g = groupRecords();
  return {
    country: c.countries as never,
    country_alias: c.aliases as never,
    country_group: g.groups as never,
    group_member: g.members as never,
    commodity: m.commodities as never,
    commodity_alias: m.aliases as never,
    commodity_hs: m.hs as never,
  };
}

/**
 * Loads the reference tables and the bundled data into an empty, migrated database, in one
 * transaction, and stamps it with the data build. Returns rows loaded per table.
 */
export async function loadBundle(store: Store, dir: string, progress: Progress = silentProgress): Promise<{ manifest: BundleManifest; counts: Record<string, number> }> {
  const manifest = readManifest(dir);
  const ref = referenceTables();
  const counts: Record<string, number> = {};
  const tables = BUNDLED_TABLES.map((t) => ({ t, rows: ref[t] ?? readBundleTable(dir, t, manifest) }));
  // commodity_hs gets the reference codes plus any dataset-derived ones bundled alongside.
  const extraHs = readBundleTable(dir, 'commodity_hs', manifest);
  progress.start('loading bundled data', tables.reduce((a, x) => a + x.rows.length, 0) + extraHs.length);
  await store.db.transaction().execute(async (trx) => {
    await withIndexesDeferred(store, trx, BUNDLED_TABLES, async () => {
      for (const { t, rows } of tables) {
        counts[t] = await insertRows(store, trx, t, rows);
        progress.tick(rows.length);
      }
    });
    counts.commodity_hs = (counts.commodity_hs ?? 0) + (await insertRows(store, trx, 'commodity_hs', extraHs));
    await trx.deleteFrom('meta').where('key', 'in', ['data_build', 'data_built_at']).execute();
    await trx.insertInto('meta').values([{ key: 'data_build', value: manifest.build }, { key: 'data_built_at', value: manifest.built_at }]).execute();
  });
  progress.done();
  return { manifest, counts };
}
