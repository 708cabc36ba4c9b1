import type { Kysely } from 'kysely';
import type {
  RestrictionCommodityRecord, RestrictionRecord, RestrictionSourceRecord, RestrictionStatusRecord,
} from '../../domain/records.js';
import type { Database } from '../schema.js';

export interface RestrictionWithParts extends RestrictionRecord {
  targets: string[];
  commodities: RestrictionCommodityRecord[];
  history: RestrictionStatusRecord[];
  sources: (RestrictionSourceRecord & { document_url: string | null; document_title: string | null })[];
}

/** Restriction measures with targets, commodities, status history and sources. */
export async function findRestrictions(db: Kysely<Database>, f: { imposer?: string; commodityId?: string } = {}): Promise<RestrictionWithParts[]> {
  let q = db.selectFrom('restriction').selectAll();
  if (f.imposer) q = q.where('imposer_iso3', '=', f.imposer);
  if (f.commodityId) q = q.where('id', 'in', db.selectFrom('restriction_commodity').select('restriction_id').where('commodity_id', '=', f.commodityId));
  const rows = await q.orderBy('announced').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const targets = await db.selectFrom('restriction_target').selectAll().where('restriction_id', 'in', ids).execute();
  const comms = await db.selectFrom('restriction_commodity').selectAll().where('restriction_id', 'in', ids).execute();
  const history = await db.selectFrom('restriction_status').selectAll().where('restriction_id', 'in', ids).orderBy('date').execute();
  const sources = await db
    .selectFrom('restriction_source')
    .leftJoin('document', 'document.id', 'restriction_source.document_id')
    .select(['restriction_source.restriction_id', 'restriction_source.document_id', 'restriction_source.event_id', 'restriction_source.url', 'document.url as document_url', 'document.title as document_title'])
    .where('restriction_source.restriction_id', 'in', ids)
    .execute();
  return rows.map((r) => ({
    ...r,
    targets: targets.filter((t) => t.restriction_id === r.id).map((t) => t.target_iso3),
    commodities: comms.filter((c) => c.restriction_id === r.id),
    history: history.filter((h) => h.restriction_id === r.id),
    sources: sources.filter((s) => s.restriction_id === r.id),
  }));
}
