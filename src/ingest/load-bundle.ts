import { commodityRecords } from '../domain/commodities.js';
import { countryRecords } from '../domain/countries.js';
import { groupRecords } from '../domain/groups.js';
import type { Store } from '../store/connection.js';
import { insertRows, insertValues, withIndexesDeferred } from '../store/bulk.js';
import { BUNDLED_TABLES, type TableName } from '../store/schema.js';
import { bundleTableValues, readManifest, type BundleManifest } from './bundle.js';
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
  const total = Object.values(manifest.tables).reduce((a, t) => a + t.rows, 0);
  progress.start('loading bundled data', total);
  await store.db.transaction().execute(async (trx) => {
    await withIndexesDeferred(store, trx, BUNDLED_TABLES, async () => {
      for (const t of BUNDLED_TABLES) {
        const refRows = ref[t];
        // commodity_hs gets the reference codes plus any dataset-derived ones bundled alongside.
        counts[t] = refRows ? await insertRows(store, trx, t, refRows) : 0;
        const spec = manifest.tables[t];
        if (spec) counts[t] = (counts[t] ?? 0) + (await insertValues(store, trx, t, spec.columns, bundleTableValues(dir, t, manifest)));
        progress.tick(spec?.rows ?? 0);
      }
    });
    await trx.deleteFrom('meta').where('key', 'in', ['data_build', 'data_built_at']).execute();
    await trx.insertInto('meta').values([{ key: 'data_build', value: manifest.build }, { key: 'data_built_at', value: manifest.built_at }]).execute();
  });
  progress.done();
  return { manifest, counts };
}
