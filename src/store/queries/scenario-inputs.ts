import type { Kysely } from 'kysely';
import type { Metric, Stage } from '../../domain/records.js';
import type { Database } from '../schema.js';

/** A trade-flow row reduced to what the scenario model reads. */
export interface ScenarioTradeRow {
  dataset: string;
  vintage: string;
  exporter_iso3: string;
  importer_iso3: string;
  year: number;
  hs_code: string;
  value: number | null;
  currency: string;
  quantity: number | null;
  quantity_unit: string | null;
}

/**
 * Bilateral trade rows of the given datasets whose HS code starts with one of `hsCodes`
 * (811292 takes BACI's 811292 and Comext's 81129289), or every row when `hsCodes` is null (to
 * read once for many commodities); World partner rows ('WLD') left out.
 */
export async function tradeRowsForCodes(db: Kysely<Database>, hsCodes: readonly string[] | null, datasets: readonly string[]): Promise<ScenarioTradeRow[]> {
  if ((hsCodes !== null && hsCodes.length === 0) || datasets.length === 0) return [];
  let q = db
    .selectFrom('trade_flow')
    .select(['dataset', 'vintage', 'exporter_iso3', 'importer_iso3', 'year', 'hs_code', 'value', 'currency', 'quantity', 'quantity_unit'])
    .where('dataset', 'in', [...datasets]);
  if (hsCodes !== null) q = q.where((eb) => eb.or(hsCodes.map((c) => eb('hs_code', 'like', `${c}%`))));
  return q
    .where('exporter_iso3', '!=', 'WLD')
    .where('importer_iso3', '!=', 'WLD')
    .orderBy('dataset')
    .orderBy('year')
    .orderBy('source_row')
    .execute();
}

/** The end-of-life recycling input rate of a commodity (first stored row), or null. */
export async function recyclingRateOf(db: Kysely<Database>, commodityId: string): Promise<number | null> {
  const row = await db.selectFrom('recycling_rate').select('eol_rir').where('commodity_id', '=', commodityId).orderBy('vintage', 'desc').executeTakeFirst();
  return row ? row.eol_rir : null;
}

/** Figures of one metric (capacity, production) of a dataset vintage, stage and year, aggregates included. */
export async function figuresInYear(
  db: Kysely<Database>,
  q: { commodityId: string; metric: Metric; dataset: string; vintage: string; stage: Stage; year?: number },
): Promise<{ country_iso3: string | null; place: string; is_aggregate: number; series: string; year: number; value: number | null; unit: string }[]> {
  let query = db
    .selectFrom('figure')
    .select(['country_iso3', 'place', 'is_aggregate', 'series', 'year', 'value', 'unit'])
    .where('commodity_id', '=', q.commodityId)
    .where('metric', '=', q.metric)
    .where('dataset', '=', q.dataset)
    .where('vintage', '=', q.vintage)
    .where('stage', '=', q.stage);
  if (q.year !== undefined) query = query.where('year', '=', q.year);
  return query.orderBy('year').orderBy('source_row').execute();
}
