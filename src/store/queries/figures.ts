import type { Kysely } from 'kysely';
import type { FigureRecord, Metric, Stage } from '../../domain/records.js';
import type { Database } from '../schema.js';

export interface FigureFilter {
  commodityId?: string;
  metric?: Metric;
  stage?: Stage;
  dataset?: string;
  vintage?: string;
  year?: number;
  countryIso3?: string;
}

/** Figures matching a filter, in a stable order. */
export async function findFigures(db: Kysely<Database>, f: FigureFilter): Promise<FigureRecord[]> {
  let q = db.selectFrom('figure').selectAll();
  if (f.commodityId) q = q.where('commodity_id', '=', f.commodityId);
  if (f.metric) q = q.where('metric', '=', f.metric);
  if (f.stage) q = q.where('stage', '=', f.stage);
  if (f.dataset) q = q.where('dataset', '=', f.dataset);
  if (f.vintage) q = q.where('vintage', '=', f.vintage);
  if (f.year !== undefined) q = q.where('year', '=', f.year);
  if (f.countryIso3) q = q.where('country_iso3', '=', f.countryIso3);
  return q.orderBy('year').orderBy('series').orderBy('source_row').execute();
}

/** Vintages a dataset has, newest first. */
export async function vintagesOf(db: Kysely<Database>, dataset: string): Promise<string[]> {
  const rows = await db.selectFrom('dataset').select('vintage').where('id', '=', dataset).execute();
  return rows.map((r) => r.vintage).sort((a, b) => b.localeCompare(a));
}

/** The (commodity, dataset, vintage) combinations where a country has production or reserves figures. */
export async function figureKeysForCountry(db: Kysely<Database>, iso3: string): Promise<{ commodity_id: string; dataset: string; vintage: string; metric: string }[]> {
  return db
    .selectFrom('figure')
    .select(['commodity_id', 'dataset', 'vintage', 'metric'])
    .distinct()
    .where('country_iso3', '=', iso3)
    .execute();
}
