import type { Kysely } from 'kysely';
import type { Completeness, GovernanceDimension } from '../../domain/records.js';
import type { Database } from '../schema.js';

/** WGI estimates of some dimensions for every country and year (rows with a number only). */
export async function governanceEstimates(
  db: Kysely<Database>,
  dimensions: readonly GovernanceDimension[],
): Promise<{ iso3: string; year: number; dimension: GovernanceDimension; estimate: number; dataset: string; vintage: string }[]> {
  if (dimensions.length === 0) return [];
  const rows = await db
    .selectFrom('governance')
    .select(['iso3', 'year', 'dimension', 'estimate', 'dataset', 'vintage'])
    .where('dimension', 'in', dimensions as GovernanceDimension[])
    .where('estimate', 'is not', null)
    .orderBy('iso3')
    .orderBy('dimension')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({ ...r, estimate: r.estimate as number }));
}

/** The HS codes stored for some commodities (reference table plus dataset maps), deduplicated. */
export async function commodityHsCodes(db: Kysely<Database>, commodityIds: readonly string[]): Promise<{ hs_code: string; stage: 'ore' | 'refined' }[]> {
  if (commodityIds.length === 0) return [];
  return db
    .selectFrom('commodity_hs')
    .select(['hs_code', 'stage'])
    .distinct()
    .where('commodity_id', 'in', commodityIds as string[])
    .orderBy('hs_code')
    .execute();
}

export interface ImporterFlowTotal {
  dataset: string;
  vintage: string;
  completeness: Completeness;
  exporter_iso3: string;
  year: number;
  period: string;
  hs_code: string;
  currency: string;
  value: number | null;
  quantity: number | null;
  quantity_unit: string | null;
}

/**
 * An importer's recorded imports whose HS code starts with one of the given codes (a flow
 * reported at 810194 belongs to heading 8101; a flow at heading 7202 does not belong to 720280),
 * summed per dataset, vintage, partner, year, period and code. Rows reported by either side are
 * kept: each dataset is read on its own, so a flow is never counted twice within one.
 */
export async function importerFlowTotals(db: Kysely<Database>, importer: string, hsCodes: readonly string[]): Promise<ImporterFlowTotal[]> {
  if (hsCodes.length === 0) return [];
  const rows = await db
    .selectFrom('trade_flow')
    .select((eb) => [
      'dataset', 'vintage', 'completeness', 'exporter_iso3', 'year', 'period', 'hs_code', 'currency', 'quantity_unit',
      eb.fn.sum<number | null>('value').as('value'),
      eb.fn.sum<number | null>('quantity').as('quantity'),
    ])
    .where('importer_iso3', '=', importer)
    .where((eb) => eb.or(hsCodes.map((c) => eb('hs_code', 'like', `${c}%`))))
    .groupBy(['dataset', 'vintage', 'completeness', 'exporter_iso3', 'year', 'period', 'hs_code', 'currency', 'quantity_unit'])
    .orderBy('dataset')
    .orderBy('year')
    .execute();
  return rows.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value), quantity: r.quantity === null ? null : Number(r.quantity) }));
}

/** The partners each dataset records for an importer (any HS code): who an excerpt covers. */
export async function importerPartnersByDataset(db: Kysely<Database>, importer: string): Promise<{ dataset: string; vintage: string; exporter_iso3: string }[]> {
  return db
    .selectFrom('trade_flow')
    .select(['dataset', 'vintage', 'exporter_iso3'])
    .distinct()
    .where('importer_iso3', '=', importer)
    .execute();
}
