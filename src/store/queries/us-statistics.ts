import type { Kysely } from 'kysely';
import type { ImportShareRecord, SalientRecord } from '../../domain/records.js';
import type { Database } from '../schema.js';

/** Salient statistics of a commodity (USGS MCS), optionally one statistic ("Net import reliance"). */
export async function salientRows(db: Kysely<Database>, commodityId: string, statistic?: string): Promise<SalientRecord[]> {
  let q = db.selectFrom('salient').selectAll().where('commodity_id', '=', commodityId);
  if (statistic) q = q.where('statistic', '=', statistic);
  return q.orderBy('vintage').orderBy('year').orderBy('source_row').execute();
}

/** Published import-source shares of an importer for a commodity. */
export async function importShareRows(db: Kysely<Database>, commodityId: string, importer: string): Promise<ImportShareRecord[]> {
  return db
    .selectFrom('import_share')
    .selectAll()
    .where('commodity_id', '=', commodityId)
    .where('importer_iso3', '=', importer)
    .orderBy('vintage')
    .orderBy('source_row')
    .execute();
}
